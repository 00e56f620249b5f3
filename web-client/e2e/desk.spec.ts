import { expect, test } from '@playwright/test'
import { signIn } from './support'

test.beforeEach(async ({ page, request }) => signIn(page, request, 'organiser'))

test('an organiser creates, edits and deletes a topic, and a delete refused with 409 says what refers to it', async ({ page }) => {
  const code = `desk-${Date.now().toString(36)}`
  await page.goto('/topics')
  await page.getByRole('link', { name: 'New topic' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New topic' })).toBeVisible()
  await page.getByLabel('Code (lower case, digits and hyphens)').fill(code)
  await page.getByRole('button', { name: 'Save' }).click()
  // The server names the missing field; the form shows it there.
  await expect(page.getByTestId('problem')).toContainText('Please correct the marked fields.')
  await page.getByLabel('Name (English)').fill('Desk topic')
  await page.getByRole('button', { name: 'Save' }).click()

  await expect(page).toHaveURL(new RegExp(`/topics\\?q=${code}$`))
  const list = page.getByTestId('topic-list')
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(['Desk topic'])
  await list.getByRole('link', { name: 'Edit: Desk topic' }).click()
  await page.getByLabel('Name (Chinese)').fill('工作台主题')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(new RegExp(`/topics\\?q=${code}$`))
  await page.getByRole('link', { name: 'Edit: Desk topic' }).click()
  await expect(page.getByLabel('Name (Chinese)')).toHaveValue('工作台主题')
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page).toHaveURL(/\/topics$/)

  // Urban resilience is a topic of the 2025 trip: the delete is refused, naming the trip.
  await page.goto('/topics?q=urban-resilience')
  await page.getByRole('link', { name: 'Edit: Urban resilience' }).click()
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByTestId('problem')).toContainText('Other records still refer to this, so it cannot be deleted.')
  await expect(page.getByTestId('problem-detail')).toContainText("trip 'korea-2025'")
  await expect(page).toHaveURL(/\/edit$/)
})
