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

  // Back-date the stored itinerary, so the notice must show when it was stored, not the current time.
  const itineraryUrl = `${API_URL}/api/v1/trips/${trip.id}/itinerary`
  await page.evaluate(async (url) => {
    const cache = await caches.open('programme')
    const stored = await cache.match(url)
    if (!stored) throw new Error(`no stored copy of ${url}`)
    const headers = new Headers(stored.headers)
    headers.set('X-Stored-At', '2025-10-14T01:02:00.000Z')
    await cache.put(url, new Response(await stored.blob(), { status: 200, headers }))
  }, itineraryUrl)

  await context.setOffline(true)
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
  expect(cached.some((url) => url.includes(`/trips/${trip.id}/itinerary`))).toBeTruthy()
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
