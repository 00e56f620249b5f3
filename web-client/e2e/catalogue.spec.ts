import { expect, test } from '@playwright/test'
import { API_URL } from './env'
import { asOrganiser } from './support'

test('a catalogue of more than one page is searched and paged on the server, and Back returns to the page', async ({ page, request }) => {
  // 22 topics that only this run's search finds: two pages of 20.
  const marker = `paging-${Date.now().toString(36)}`
  const headers = await asOrganiser(request)
  for (let i = 0; i < 22; i++) {
    const number = String(i).padStart(2, '0')
    const created = await request.post(`${API_URL}/api/v1/topics`, {
      headers,
      data: { code: `${marker}-${number}`, name: { en: `Paging topic ${number}` } },
    })
    expect(created.status(), await created.text()).toBe(201)
  }

  await page.goto('/topics')
  await page.getByLabel('Search by name or code').fill(marker)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(new RegExp(`/topics\\?q=${marker}$`))
  await expect(page.getByText('22 found')).toBeVisible()
  const pager = page.getByRole('navigation', { name: 'Pages' })
  await expect(pager).toContainText('Page 1 of 2')
  const cards = page.getByTestId('topic-list').getByRole('heading', { level: 2 })
  await expect(cards).toHaveCount(20)
  await expect(cards.first()).toHaveText('Paging topic 00')

  await pager.getByRole('button', { name: 'Next page' }).click()
  await expect(pager).toContainText('Page 2 of 2')
  await expect(page).toHaveURL(/page=1/)
  await expect(cards).toHaveText(['Paging topic 20', 'Paging topic 21'])
  await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled()

  await page.goBack()
  await expect(pager).toContainText('Page 1 of 2')
  await expect(cards).toHaveCount(20)

  // A search starts again at the first page, and the address keeps it.
  await page.getByLabel('Search by name or code').fill(`${marker}-21`)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('1 found')).toBeVisible()
  await expect(cards).toHaveText(['Paging topic 21'])
  await expect(pager).toBeHidden()
  await page.reload()
  await expect(cards).toHaveText(['Paging topic 21'])
})
