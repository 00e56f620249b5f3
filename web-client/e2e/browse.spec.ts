import { expect, test } from '@playwright/test'
import { API_URL } from './env'
import { createSession, sampleTrip, signIn } from './support'

test('browse from the trips to a trip, its itinerary and a session', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Study trips' })).toBeVisible()
  await page.getByRole('link', { name: trip.title.en }).click()

  await expect(page.getByRole('heading', { level: 1, name: trip.title.en })).toBeVisible()
  await expect(page.getByText('13 – 17 October 2025').first()).toBeVisible()
  await page.getByRole('navigation', { name: 'Trip sections' }).getByRole('link', { name: 'Itinerary' }).click()

  const itinerary = page.getByTestId('itinerary')
  await expect(itinerary.getByRole('heading', { name: /Day 1 Monday, 13 October 2025/ })).toBeVisible()
  // The browser runs in Berlin; the times shown are Seoul's, with Beijing's beside them.
  const opening = itinerary.locator('.timeline-item', { hasText: 'Sample: Opening of the study trip' })
  await expect(opening).toContainText('14:00–15:00 Seoul')
  await expect(opening).toContainText('13:00–14:00 Beijing')

  await opening.getByRole('link', { name: 'Sample: Opening of the study trip' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sample: Opening of the study trip' })).toBeVisible()
  const address = page.getByTestId('address-local')
  await expect(address).toHaveAttribute('lang', 'ko')
  await expect(address).toHaveText(/서울특별시/)
  await expect(page.getByText('Korean · Interpretation into Chinese')).toBeVisible()
  await page.getByRole('button', { name: 'Show the address large' }).click()
  await expect(page.getByRole('dialog', { name: 'Address (for the taxi driver)' })).toContainText('서울특별시')
})

test('changed and cancelled sessions are unmistakable', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const changed = await createSession(request, trip, { status: 'changed', statusReason: { en: 'Moved to the afternoon' } })
  const cancelled = await createSession(request, trip, { status: 'cancelled', statusReason: { en: 'The host is ill' } })
  await page.goto(`/trips/${trip.id}/itinerary`)

  const changedItem = page.locator(`[data-session-id="${changed.id}"]`)
  await expect(changedItem.locator('[data-status="changed"]')).toHaveText(/Changed/)
  await expect(changedItem).toContainText('Moved to the afternoon')
  const cancelledItem = page.locator(`[data-session-id="${cancelled.id}"]`)
  await expect(cancelledItem.locator('[data-status="cancelled"]')).toHaveText(/Cancelled/)
  await expect(cancelledItem.getByRole('link')).toHaveCSS('text-decoration-line', 'line-through')
})

test('today is highlighted while the trip is on', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  // 06:00 in Seoul on the second day is still 23:00 on the first day in Berlin, where the browser is.
  await page.clock.setFixedTime(new Date('2025-10-14T06:00:00+09:00'))
  await page.goto(`/trips/${trip.id}/itinerary`)
  const today = page.locator('.day[aria-current="date"]')
  await expect(today).toHaveCount(1)
  await expect(today).toHaveAttribute('data-date', '2025-10-14')
  await expect(today.getByText('Today')).toBeVisible()
})

test('the delegation is grouped by sending organisation, local governments with their city', async ({ page, request }) => {
  await signIn(page, request, 'partner')
  const trip = await sampleTrip(request)
  await page.goto(`/trips/${trip.id}/delegation`)
  const groups = page.getByTestId('delegation')
  await expect(groups.first()).toBeVisible()
  const localGovernments = trip.sendingOrganisations.filter((organisation) => organisation.city)
  expect(localGovernments.length).toBeGreaterThan(0)
  let checked = 0
  for (const organisation of localGovernments) {
    const group = groups.filter({ has: page.getByRole('heading', { name: organisation.name.en }) })
    if ((await group.count()) === 0) continue // a sending organisation may have no participant yet
    await expect(group).toContainText(`Local government · ${organisation.city!.name.en}`)
    checked++
  }
  expect(checked, 'local governments with delegates').toBeGreaterThan(0)
  await expect(page.getByText(/\d+ participants/).first()).toBeVisible()
})

test('topics with their sessions, cities on a map, organisations', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  await page.goto(`/trips/${trip.id}/topics`)
  const firstTopic = trip.topics[0]!
  const card = page.locator('.card', { has: page.getByRole('heading', { name: firstTopic.name.en }) })
  await expect(card).toContainText(/\d+ sessions?/)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cities' }).click()
  const map = page.getByTestId('city-map')
  await expect(map).toBeVisible()
  const cities = (await (await request.get(`${API_URL}/api/v1/cities?size=100`)).json()) as { items: { name: { en: string }; latitude?: number }[] }
  const located = cities.items.filter((city) => city.latitude !== undefined)
  expect(located.length).toBeGreaterThan(0)
  await expect(map.locator('.map-city')).toHaveCount(located.length)
  for (const city of located) await expect(map).toContainText(city.name.en)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Local government' })).toBeVisible()
})
