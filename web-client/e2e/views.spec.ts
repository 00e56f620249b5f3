import { expect, test, type Page } from '@playwright/test'
import { createSession, expectAccessible, sampleTrip, screenshotBothSizes, signIn } from './support'

/** Each main view: no serious or critical axe findings, and screenshots at phone and laptop size. */
async function checkView(page: Page, path: string, name: string, ready: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(path)
  await ready(page)
  await expectAccessible(page)
  await screenshotBothSizes(page, name)
}

const h1 = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible()

test('main views are accessible, with screenshots at phone and laptop size', async ({ page, request }) => {
  await signIn(page, request, 'organiser')
  const trip = await sampleTrip(request)
  await createSession(request, trip, { status: 'changed', statusReason: { en: 'Starts later because of traffic', zh: '因交通推迟' } })
  const cancelled = await createSession(request, trip, { status: 'cancelled', statusReason: { en: 'The site is closed' } })

  await checkView(page, '/', 'trips', async (p) => expect(p.getByTestId('trips')).toBeVisible())
  await checkView(page, `/trips/${trip.id}`, 'trip', h1)
  await checkView(page, `/trips/${trip.id}/itinerary`, 'itinerary', async (p) => expect(p.getByTestId('itinerary')).toBeVisible())
  await checkView(page, `/sessions/${cancelled.id}`, 'session-cancelled', h1)
  await page.goto(`/trips/${trip.id}/itinerary`)
  await page.getByRole('link', { name: 'Sample: Opening of the study trip' }).click()
  await expect(page.getByTestId('address-local')).toBeVisible()
  await expectAccessible(page)
  await screenshotBothSizes(page, 'session')
  await checkView(page, `/trips/${trip.id}/delegation`, 'delegation', async (p) => expect(p.getByTestId('delegation').first()).toBeVisible())
  await checkView(page, `/trips/${trip.id}/topics`, 'trip-topics', async (p) => expect(p.locator('.card').first()).toBeVisible())
  await checkView(page, '/topics', 'topics', async (p) => expect(p.locator('.card').first()).toBeVisible())
  await checkView(page, '/cities', 'cities', async (p) => expect(p.getByTestId('city-map')).toBeVisible())
  await checkView(page, '/organisations', 'organisations', async (p) => expect(p.locator('.card').first()).toBeVisible())
  await checkView(page, '/venues', 'venues', async (p) => expect(p.getByTestId('venue-list').locator('.card').first()).toBeVisible())
  await checkView(page, '/experts', 'experts', async (p) => expect(p.getByTestId('expert-list').locator('.card').first()).toBeVisible())
  await checkView(page, '/people', 'people', async (p) => expect(p.getByTestId('person-list').locator('.card').first()).toBeVisible())
  await checkView(page, `/sessions/${cancelled.id}/edit`, 'session-edit', async (p) => expect(p.getByTestId('session-form')).toBeVisible())
  await checkView(page, '/trips/new', 'trip-new', async (p) => expect(p.getByTestId('trip-form')).toBeVisible())
  await checkView(page, `/trips/${trip.id}/participants/new`, 'participant-new', async (p) => expect(p.getByTestId('participant-form')).toBeVisible())
})

test('the app works from the keyboard', async ({ page, request }) => {
  await page.goto('/')
  await expect(page.getByTestId('trips')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Study trips' })).toBeFocused()

  // Through the header to the main navigation, then into a page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trips' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeFocused()

  // A confirmation dialog takes focus, and Escape closes it without deleting.
  await signIn(page, request, 'organiser')
  const session = await createSession(request, await sampleTrip(request))
  await page.goto(`/sessions/${session.id}`)
  await page.getByRole('button', { name: 'Delete session' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Delete session' })).toBeFocused()
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible()
})
