import { expect, test } from '@playwright/test'
import { enrol, expectAccessible, sampleTrip, signIn } from './support'

test('anyone takes the programme along: a calendar to subscribe to, the printed booklet, schedule feeds', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  await page.goto(`/trips/${trip.id}`)
  const exports = page.getByTestId('trip-exports')
  await expect(exports.getByRole('heading', { name: 'Take the programme along' })).toBeVisible()

  const subscribe = await exports.getByRole('link', { name: 'Subscribe in your calendar app' }).getAttribute('href')
  expect(subscribe).toMatch(new RegExp(`^webcal://.+/api/v1/trips/${trip.id}/calendar\\?lang=en$`))
  const calendar = await request.get(subscribe!.replace(/^webcal:/, 'http:'))
  expect(calendar.headers()['content-type']).toContain('text/calendar')
  expect(await calendar.text()).toContain('BEGIN:VEVENT')

  const booklet = await request.get((await exports.getByRole('link', { name: 'Printed programme (PDF)' }).getAttribute('href'))!)
  expect(booklet.status()).toBe(200)
  expect(booklet.headers()['content-type']).toBe('application/pdf')
  expect((await booklet.body()).subarray(0, 5).toString()).toBe('%PDF-')

  const schedule = await request.get((await exports.getByRole('link', { name: 'schedule.xml' }).getAttribute('href'))!)
  expect(schedule.headers()['content-type']).toContain('application/xml')
  expect(await schedule.text()).toContain('<schedule>')
  await expectAccessible(page)

  // In Chinese, the links ask for Chinese.
  await page.getByTestId('language').selectOption('zh')
  await expect(exports.getByRole('heading', { name: '随身带上日程' })).toBeVisible()
  const chinese = await exports.getByRole('link', { name: '打印版日程（PDF）' }).getAttribute('href')
  expect(chinese).toMatch(/booklet\.pdf\?lang=zh$/)
})

test('a delegate makes a personal calendar link on their record, and revokes it', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const me = await enrol(request, trip, { familyName: 'Calendar' })
  await signIn(page, request, 'participant', me.person.id)
  await page.goto(`/people/${me.person.id}`)
  const calendars = page.getByTestId('my-calendars')
  await expect(calendars.getByRole('heading', { name: trip.title.en })).toBeVisible()
  await calendars.getByRole('button', { name: 'Make a calendar link' }).click()
  const address = calendars.getByTestId('new-calendar-url')
  await expect(address).toHaveValue(/\/api\/v1\/calendars\/[A-Za-z0-9_-]{43}$/)
  const url = await address.inputValue()
  expect(await calendars.getByTestId('new-calendar-subscribe').getAttribute('href')).toBe(url.replace(/^https?:/, 'webcal:'))

  const feed = await request.get(url)
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain('BEGIN:VEVENT')
  await expectAccessible(page)

  await calendars.getByTestId('calendar-subscription').getByRole('button', { name: 'Revoke' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click()
  await expect(calendars.getByTestId('calendar-subscription')).toHaveCount(0)
  expect((await request.get(url)).status()).toBe(404)
})

test('the API reference, built from the contract with the partner guide, opens without anything else running', async ({ page }) => {
  await page.goto('/api-docs/')
  await expect(page).toHaveTitle('Study Trip Programme API')
  await expect(page.getByRole('heading', { name: 'Mirror the programme through the change feed' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Receive and verify a webhook' })).toBeVisible()
  // Every operation of the contract is there, by tag; one of the newest stands for them.
  for (const tag of ['Calendars', 'Schedule feeds', 'Linked data', 'Participants']) {
    await expect(page.getByRole('link', { name: tag, exact: true })).toBeVisible()
  }
  await page.getByRole('link', { name: 'Calendars', exact: true }).click()
  await expect(page.getByRole('link', { name: /Get a trip's calendar feed/ })).toBeVisible()
})
