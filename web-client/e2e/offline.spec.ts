import { expect, test } from '@playwright/test'
import { API_URL } from './env'
import { asOrganiser, sampleTrip, signIn } from './support'

test('the last opened itinerary still shows after an offline reload, marked as offline', async ({ page, context, request }) => {
  const trip = await sampleTrip(request)
  await page.goto(`/trips/${trip.id}/itinerary`)
  await expect(page.getByTestId('itinerary')).toBeVisible()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  // Loaded once more under the service worker, which keeps a copy of each public answer.
  await page.reload()
  await expect(page.getByRole('link', { name: 'Sample: Opening of the study trip' })).toBeVisible()

  // Personal data is answered `no-store` and must never be kept on the device.
  const person = (await (await request.get(`${API_URL}/api/v1/people?size=1`, { headers: await asOrganiser(request) })).json()) as { items: { id: string }[] }
  const personUrl = `${API_URL}/api/v1/people/${person.items[0]!.id}`
  const organiser = (await asOrganiser(request)).Authorization!
  expect(await page.evaluate(async ([url, auth]) => (await fetch(url!, { headers: { Authorization: auth! } })).headers.get('Cache-Control'), [personUrl, organiser])).toContain('no-store')

  await context.setOffline(true)
  // Back-date the device's copy of the itinerary (kept with the change-feed cursor it stands at), so the notice must
  // show when it was stored, not the current time. Offline, the page no longer updates it.
  await page.evaluate((key) => {
    const copy = JSON.parse(localStorage.getItem(key)!) as { savedAt: string }
    copy.savedAt = '2025-10-14T01:02:00.000Z'
    localStorage.setItem(key, JSON.stringify(copy))
  }, `studytrip.itinerary.${trip.id}`)
  await page.reload()
  await expect(page.getByTestId('itinerary')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sample: Opening of the study trip' })).toBeVisible()
  // 01:02 UTC is 03:02 in Berlin, where the browser is; another day, so with its date.
  await expect(page.getByTestId('offline-notice')).toHaveText('Offline · last updated 14 Oct, 03:02')
  await expect(page.getByRole('status').filter({ hasText: 'Offline' }).first()).toBeVisible()

  const cached = await page.evaluate(async () => {
    const cache = await caches.open('programme')
    return (await cache.keys()).map((request) => request.url)
  })
  // The itinerary is the app's own copy, with the change-feed cursor it stands at; never personal data.
  const copy = await page.evaluate((key) => localStorage.getItem(key), `studytrip.itinerary.${trip.id}`)
  expect(JSON.parse(copy!)).toMatchObject({ cursor: expect.any(String), itinerary: { trip: { id: trip.id } } })
  expect(cached.filter((url) => url.includes('/api/v1/people'))).toEqual([])
  await context.setOffline(false)
})

test('signing out removes the offline copies made while signed in, such as a delegation', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  await signIn(page, request, 'partner')
  await page.goto(`/trips/${trip.id}/delegation`)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await page.reload()
  await expect(page.getByTestId('delegation').first()).toBeVisible()
  const storedDelegations = () => page.evaluate(async () =>
    (await (await caches.open('programme')).keys()).filter((request) => request.url.endsWith('/delegations')).length)
  await expect.poll(storedDelegations).toBe(1)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
  expect(await storedDelegations()).toBe(0)
})

test('the app can be installed: a manifest with its icons, and a service worker in control', async ({ page }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBeTruthy()
  const manifest = (await (await page.request.get(href!)).json()) as {
    display: string
    start_url: string
    icons: { src: string; sizes: string; type: string }[]
  }
  expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' })
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src)
    expect(response.headers()['content-type']).toBe('image/png')
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
})
