import { expect, test } from '@playwright/test'
import { API_URL } from './env'
import { asOrganiser, createSession, sampleLinks, sampleTrip } from './support'

async function patchSession(request: Parameters<typeof asOrganiser>[0], id: string, etag: string, patch: object) {
  const response = await request.patch(`${API_URL}/api/v1/sessions/${id}`, {
    headers: { ...(await asOrganiser(request)), 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
    data: JSON.stringify(patch),
  })
  expect(response.status(), await response.text()).toBe(200)
  return response.headers()['etag']!
}

test('a session changed through the API appears changed on an open itinerary, without a reload', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip, await sampleLinks(request, trip))
  await page.goto(`/trips/${trip.id}/itinerary`)
  const item = page.locator(`[data-session-id="${session.id}"]`)
  await expect(item).toContainText('16:00–17:00 Seoul')
  // Anything the page holds in memory survives only if the page is never loaded again.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

  const etag = await patchSession(request, session.id, session.etag, {
    startsAt: `${trip.startDate}T15:00:00+09:00`,
    endsAt: `${trip.startDate}T15:45:00+09:00`,
  })
  await expect(item).toContainText('15:00–15:45 Seoul')
  await expect(item.getByTestId('live-notice')).toHaveText(/^Changed now: now 15:00 at .+/)
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)

  // Cancelled, then deleted: the itinerary says so, and the session leaves it.
  const last = await patchSession(request, session.id, etag, { status: 'cancelled', statusReason: { en: 'The host is ill' } })
  await expect(item.getByTestId('live-notice')).toHaveText('Cancelled now')
  await expect(item).toContainText('The host is ill')
  const deleted = await request.delete(`${API_URL}/api/v1/sessions/${session.id}`, {
    headers: { ...(await asOrganiser(request)), 'If-Match': last },
  })
  expect(deleted.status()).toBe(204)
  await expect(item).toHaveCount(0)
})

test('an open session page follows its changes', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip, await sampleLinks(request, trip))
  await page.goto(`/sessions/${session.id}`)
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible()
  await patchSession(request, session.id, session.etag, { title: { en: `${session.title} (moved)` }, startsAt: `${trip.startDate}T18:00:00+09:00`, endsAt: `${trip.startDate}T19:00:00+09:00` })
  await expect(page.getByRole('heading', { level: 1, name: `${session.title} (moved)` })).toBeVisible()
  await expect(page.getByTestId('live-notice')).toHaveText(/^Changed now: now 18:00 at .+/)
})

test('a phone back online catches up through the change feed instead of reading the itinerary again', async ({ page, context, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip, await sampleLinks(request, trip))
  await page.goto(`/trips/${trip.id}/itinerary`)
  const item = page.locator(`[data-session-id="${session.id}"]`)
  await expect(item).toContainText('16:00–17:00 Seoul')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  // Once more under the service worker, which keeps the app and its settings for offline starts.
  await page.reload()
  await expect(item).toContainText('16:00–17:00 Seoul')

  // The phone loses the network; the app is opened again from what the device holds.
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByTestId('offline-notice')).toBeVisible()
  await expect(item).toContainText('16:00–17:00 Seoul')
  await patchSession(request, session.id, session.etag, {
    startsAt: `${trip.startDate}T10:00:00+09:00`,
    endsAt: `${trip.startDate}T11:00:00+09:00`,
  })

  const asked: string[] = []
  page.on('request', (sent) => asked.push(sent.url()))
  await context.setOffline(false)
  await expect(item).toContainText('10:00–11:00 Seoul')
  await expect(item.getByTestId('live-notice')).toHaveText(/^Changed (now|1 minute ago): now 10:00 at .+/)
  await expect(page.getByTestId('offline-notice')).toHaveCount(0)
  expect(asked.some((url) => url.includes(`/trips/${trip.id}/changes?after=`))).toBe(true)
  expect(asked.filter((url) => url.includes('/itinerary'))).toEqual([])
})
