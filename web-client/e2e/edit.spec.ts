import { expect, test } from '@playwright/test'
import { API_URL } from './env'
import { asOrganiser, consentDecisions, createSession, enrol, expectAccessible, getSession, sampleLinks, sampleTrip, screenshotBothSizes, signIn } from './support'

test.beforeEach(async ({ page, request }) => signIn(page, request, 'organiser'))

test('an organiser edits a session and sees the change', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip, await sampleLinks(request, trip))
  const before = (await getSession(request, session.id)).body!
  await page.goto(`/sessions/${session.id}`)
  await page.getByRole('link', { name: 'Edit session' }).click()

  const title = page.getByLabel('Title (English)')
  await expect(title).toHaveValue(session.title)
  await title.fill(`${session.title} (edited)`)
  await page.getByLabel('Title (Chinese)').fill('修改后的活动')
  await page.getByLabel('Starts (Seoul time)').fill(`${trip.startDate}T16:30`)
  await page.getByRole('button', { name: 'Save' }).click()

  await expect(page.getByRole('heading', { level: 1, name: `${session.title} (edited)` })).toBeVisible()
  await expect(page.getByText('16:30–17:00 Seoul')).toBeVisible()
  const stored = await getSession(request, session.id)
  expect(stored.body?.title).toEqual({ en: `${session.title} (edited)`, zh: '修改后的活动' })
  expect(stored.body?.startsAt).toBe(`${trip.startDate}T16:30:00+09:00`)
  // What the form does not show survives the PUT.
  for (const kept of ['venue', 'host', 'experts', 'topics', 'description', 'language', 'interpretation', 'type'] as const) {
    expect(stored.body?.[kept], kept).toEqual(before[kept])
  }

  await page.goto(`/trips/${trip.id}/itinerary`)
  await expect(page.getByRole('link', { name: `${session.title} (edited)` })).toBeVisible()
})

test('a validation error from the server is shown next to its field, and nothing is saved', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip)
  await page.goto(`/sessions/${session.id}/edit`)

  const title = page.getByLabel('Title (English)')
  await expect(title).toHaveValue(session.title)
  await title.fill('')
  await page.getByRole('button', { name: 'Save' }).click()

  const error = page.locator('[data-field-error="title-en"]')
  await expect(error).toHaveText('Required.')
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await expect(title).toHaveAttribute('aria-describedby', 'title-en-error')
  await expect(page.getByTestId('problem')).toHaveText(/Please correct the marked fields/)
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled()
  expect((await getSession(request, session.id)).body?.title.en).toBe(session.title)

  // A rule only the server knows: the end must come after the start.
  await title.fill(session.title)
  await page.getByLabel('Ends (Seoul time)').fill(`${trip.startDate}T15:00`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('[data-field-error="ends-at"]')).toHaveText('Must be after the start.')
  await expect(page.locator('[data-field-error="title-en"]')).toHaveCount(0)
})

test('a 412 because someone else saved first is explained, with a reload that keeps the page', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip)
  await page.goto(`/sessions/${session.id}/edit`)
  await expect(page.getByLabel('Title (English)')).toHaveValue(session.title)

  // Someone else saves while the form is open.
  const current = await getSession(request, session.id)
  const theirs = `${session.title} (theirs)`
  const update = await request.patch(`${API_URL}/api/v1/sessions/${session.id}`, {
    headers: { 'If-Match': current.etag!, 'Content-Type': 'application/merge-patch+json', ...(await asOrganiser(request)) },
    data: JSON.stringify({ title: { en: theirs } }),
  })
  expect(update.status()).toBe(200)

  await page.getByLabel('Title (English)').fill(`${session.title} (mine)`)
  await page.getByRole('button', { name: 'Save' }).click()
  const problem = page.getByTestId('problem')
  await expect(problem).toContainText('Someone else changed this record')
  expect((await getSession(request, session.id)).body?.title.en).toBe(theirs)

  await problem.getByRole('button', { name: 'Load the latest version' }).click()
  await expect(page.getByLabel('Title (English)')).toHaveValue(theirs)
  await expect(problem).toHaveCount(0)
  await page.getByLabel('Title (English)').fill(`${theirs} + mine`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${theirs} + mine` })).toBeVisible()
})

test('deleting a session asks first', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip)
  await page.goto(`/sessions/${session.id}`)

  await page.getByRole('button', { name: 'Delete session' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(`Delete “${session.title}”?`)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect((await getSession(request, session.id)).status).toBe(200)

  await page.getByRole('button', { name: 'Delete session' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page).toHaveURL(new RegExp(`/trips/${trip.id}/itinerary$`))
  expect((await getSession(request, session.id)).status).toBe(404)
})

test('an organiser edits a trip and a participant; what the forms do not show is kept', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  await page.goto(`/trips/${trip.id}`)
  await page.getByRole('link', { name: 'Edit trip' }).click()
  await page.getByLabel('Summary (Korean)').fill('기후 적응과 도시 회복력 연수')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: trip.title.en })).toBeVisible()
  const tripAfter = (await (await request.get(`${API_URL}/api/v1/trips/${trip.id}`)).json()) as typeof trip
  expect(tripAfter.summary?.ko).toBe('기후 적응과 도시 회복력 연수')
  for (const kept of ['code', 'title', 'organiser', 'topics', 'sendingOrganisations', 'previousEdition', 'policyFramework', 'startDate', 'timeZone'] as const) {
    expect(tripAfter[kept], kept).toEqual(trip[kept])
  }

  await page.getByRole('navigation', { name: 'Trip sections' }).getByRole('link', { name: 'Delegation' }).click()
  const editLink = page.getByRole('link', { name: /^Edit / }).first()
  const participantId = (await editLink.getAttribute('href'))!.split('/')[2]!
  const participantUrl = `${API_URL}/api/v1/participants/${participantId}`
  const participantBefore = (await (await request.get(participantUrl, { headers: await asOrganiser(request) })).json()) as Record<string, unknown>
  await editLink.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Edit participant' })).toBeVisible()
  await page.getByLabel('Position (English)').fill('Deputy Director (E2E)')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Delegation' })).toBeVisible()
  await expect(page.getByText('Deputy Director (E2E)')).toBeVisible()
  const participantAfter = (await (await request.get(participantUrl, { headers: await asOrganiser(request) })).json()) as Record<string, unknown>
  for (const kept of ['person', 'role', 'organisation', 'tripId'] as const) {
    expect(participantAfter[kept], kept).toEqual(participantBefore[kept])
  }
})

test('a 412 on delete is explained and the reload shows the current version', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const session = await createSession(request, trip)
  // A page that cannot follow the trip live (its stream refused): what it shows goes stale, as on a poor network.
  // A page that follows it shows the other change at once, and deletes the version it shows.
  await page.route('**/api/v1/trips/*/events', (route) => route.abort())
  await page.goto(`/sessions/${session.id}`)
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible()
  const theirs = `${session.title} (renamed)`
  const current = await getSession(request, session.id)
  await request.patch(`${API_URL}/api/v1/sessions/${session.id}`, {
    headers: { 'If-Match': current.etag!, 'Content-Type': 'application/merge-patch+json', ...(await asOrganiser(request)) },
    data: JSON.stringify({ title: { en: theirs } }),
  })

  await page.getByRole('button', { name: 'Delete session' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByTestId('problem')).toContainText('Someone else changed this record')
  expect((await getSession(request, session.id)).status).toBe(200)
  await page.getByRole('button', { name: 'Load the latest version' }).click()
  await expect(page.getByRole('heading', { level: 1, name: theirs })).toBeVisible()
  await expect(page.getByTestId('problem')).toHaveCount(0)
})

test('an organiser records a delegate\'s consent, then its withdrawal; the history stays', async ({ page, request }) => {
  const trip = await sampleTrip(request)
  const participantId = (await enrol(request, trip, { familyName: 'Consenting' })).id
  await page.goto(`/participants/${participantId}/edit`)
  const consents = page.getByTestId('consents')
  await expect(consents.getByTestId('consent-cross-border-transfer')).toHaveText('No decision recorded')

  await consents.getByLabel('Purpose').selectOption('cross-border-transfer')
  await consents.getByLabel('Version of the privacy notice shown').fill('2025 09')
  await consents.getByRole('button', { name: 'Record decision' }).click()
  await expect(consents.getByTestId('problem')).toBeVisible()
  await expect(consents.getByLabel('Version of the privacy notice shown')).toHaveAttribute('aria-invalid', 'true')

  await consents.getByLabel('Version of the privacy notice shown').fill('2025-09')
  await consents.getByRole('button', { name: 'Record decision' }).click()
  await expect(consents.getByTestId('consent-cross-border-transfer')).toContainText('Granted · privacy notice 2025-09')
  await consents.getByLabel('Withdrawn').check()
  await consents.getByRole('button', { name: 'Record decision' }).click()
  await expect(consents.getByTestId('consent-cross-border-transfer')).toContainText('Withdrawn · privacy notice 2025-09')
  await expect(consents.getByTestId('consent-programme-administration')).toHaveText('No decision recorded')
  await expectAccessible(page)
  await screenshotBothSizes(page, 'participant-consents')

  expect(await consentDecisions(request, participantId)).toEqual(['granted', 'withdrawn'])
})
