import { expect, test } from '@playwright/test'
import { PHONE, enrol, expectAccessible, lecture, signIn, tripOfToday } from './support'

test('a delegate rates a session on a phone; organisers read the chart and the comment, partners the numbers', async ({ page, request }) => {
  await page.setViewportSize(PHONE)
  const trip = await tripOfToday(request)
  const session = await lecture(request, trip, 'Flood defence lecture', -30)
  const me = await enrol(request, trip, { familyName: 'Rater' })
  await signIn(page, request, 'participant', me.person.id)

  await page.goto(`/sessions/${session}`)
  const form = page.getByTestId('evaluation-form')
  await form.getByLabel('4', { exact: true }).check()
  await form.getByLabel('Comment (optional, in any language)').fill('Practical examples, more time for questions please')
  await form.getByRole('button', { name: 'Send' }).click()
  await expect(form.getByTestId('evaluation-saved')).toBeVisible()
  await expectAccessible(page)

  const organiser = await page.context().browser()!.newContext({ viewport: PHONE })
  const organiserPage = await organiser.newPage()
  await signIn(organiserPage, request, 'organiser')
  await organiserPage.goto(`${new URL(page.url()).origin}/trips/${trip.id}/evaluations`)
  const summary = organiserPage.locator(`[data-subject="${session}"]`)
  await expect(summary.getByTestId('evaluation-numbers')).toHaveText('1 evaluations, mean 4 of 5')
  await expect(summary).toContainText('Practical examples, more time for questions please')
  await expect(summary.getByRole('table')).toBeVisible()
  await expectAccessible(organiserPage)
  await organiser.close()

  const partner = await page.context().browser()!.newContext()
  const partnerPage = await partner.newPage()
  await signIn(partnerPage, request, 'partner')
  await partnerPage.goto(`${new URL(page.url()).origin}/trips/${trip.id}/evaluations`)
  await expect(partnerPage.locator(`[data-subject="${session}"]`).getByTestId('evaluation-numbers')).toHaveText('1 evaluations, mean 4 of 5')
  await expect(partnerPage.locator(`[data-subject="${session}"]`)).not.toContainText('Practical examples')
  await partner.close()
})
