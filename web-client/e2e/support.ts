import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import type { components } from '../src/api/schema'
import { API_URL, SIGN_IN_URL } from './env'

type Schemas = components['schemas']

export const SAMPLE_TRIP_CODE = 'korea-2025'

export type Role = 'organiser' | 'partner' | 'participant'

/**
 * Personal data the browser tests write through the API: each must reach its screens and never the API's log
 * (checked after the run by e2e/log-check.ts).
 */
export const PERSONAL_DATA = {
  partnersDelegatePassport: 'P77705678',
  fellowDelegatePassport: 'F11104321',
  maskedDelegatePassport: 'G55501234',
  erasedPersonPassport: 'E12345678',
  participantPhone: '+86 10 8888 0000',
  deskDelegatePassport: 'D24681357',
  deskDelegateEmail: 'wang.fang@desk.example',
} as const

/** A token of the local issuer the test API trusts. */
export async function token(request: APIRequestContext, role: Role, personId?: string): Promise<string> {
  const query = new URLSearchParams({ role, ...(personId ? { person: personId } : {}) })
  const response = await request.get(`${SIGN_IN_URL}/token?${query.toString()}`)
  expect(response.ok(), await response.text()).toBeTruthy()
  return ((await response.json()) as { token: string }).token
}

/** Headers for the tests' own API calls, as an organiser. */
export async function asOrganiser(request: APIRequestContext): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await token(request, 'organiser')}` }
}

/** Signs the page in (as the app keeps a sign-in: in session storage) before it loads. */
export async function signIn(page: Page, request: APIRequestContext, role: Role, personId?: string): Promise<void> {
  const bearer = await token(request, role, personId)
  await page.addInitScript((value) => sessionStorage.setItem('studytrip.session', value), bearer)
}

/**
 * Makes the sign-in run out while a session's edit form is open: the next save reaches the API with a token it
 * no longer accepts (one whose signature fails, which the API refuses the same way as an expired one).
 */
export async function refuseNextSessionSave(page: Page, request: APIRequestContext, sessionId: string): Promise<void> {
  const refused = await token(request, 'organiser')
  let spent = false
  await page.route(`**/api/v1/sessions/${sessionId}`, async (route) => {
    if (route.request().method() !== 'PUT' || spent) return route.fallback()
    spent = true
    const forged = `${refused.slice(0, refused.lastIndexOf('.'))}.AAAA`
    return route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${forged}` } })
  })
}

/** A new delegate on the trip, recorded by an organiser; `person` may carry contact or protected details. */
export async function enrol(
  request: APIRequestContext,
  trip: { id: string },
  person: Record<string, unknown>,
): Promise<{ id: string; person: { id: string; givenName: string } }> {
  const enrolled = await request.post(`${API_URL}/api/v1/trips/${trip.id}/participants`, {
    headers: await asOrganiser(request),
    data: { role: 'member', person: { familyName: 'Delegate', givenName: `E2E ${Date.now()}`, ...person } },
  })
  expect(enrolled.status(), await enrolled.text()).toBe(201)
  return (await enrolled.json()) as { id: string; person: { id: string; givenName: string } }
}

/** The decisions on record for a participation, oldest first, as the API holds them. */
export async function consentDecisions(request: APIRequestContext, participantId: string): Promise<string[]> {
  const answer = await request.get(`${API_URL}/api/v1/participants/${participantId}/consents`, { headers: await asOrganiser(request) })
  return ((await answer.json()) as { items: { decision: string }[] }).items.map((decision) => decision.decision)
}

/** Test data comes from the real API, never from constants copied out of it. */
export async function sampleTrip(request: APIRequestContext): Promise<Schemas['Trip']> {
  const response = await request.get(`${API_URL}/api/v1/trips?size=100`)
  expect(response.ok()).toBeTruthy()
  const page = (await response.json()) as Schemas['PageTripView']
  const trip = page.items.find((item) => item.code === SAMPLE_TRIP_CODE)
  expect(trip, 'the sample trip is seeded').toBeTruthy()
  return trip!
}

let counter = 0

/** Venue, host, experts and topics of a sample session, to link new sessions to real records. */
export async function sampleLinks(request: APIRequestContext, trip: Schemas['Trip']): Promise<Partial<Schemas['SessionInput']>> {
  const response = await request.get(`${API_URL}/api/v1/trips/${trip.id}/sessions?size=100`)
  const sessions = ((await response.json()) as Schemas['PageSessionView']).items
  const rich = sessions.find((session) => session.venue && session.experts.length > 0 && session.topics.length > 0)
  expect(rich, 'a sample session with venue, experts and topics').toBeTruthy()
  const host = sessions.find((session) => session.host)?.host ?? trip.organiser
  return {
    venueId: rich!.venue!.id,
    hostId: host.id,
    expertIds: rich!.experts.map((expert) => expert.id),
    topicIds: rich!.topics.map((topic) => topic.id),
    description: { en: 'Linked to sample records', ko: '샘플 기록과 연결됨' },
  }
}

/** A session of its own for a test that changes data, so tests never depend on each other's order. */
export async function createSession(
  request: APIRequestContext,
  trip: Schemas['Trip'],
  overrides: Partial<Schemas['SessionInput']> = {},
): Promise<{ id: string; etag: string; title: string }> {
  const title = `E2E session ${Date.now()}-${++counter}`
  const body: Schemas['SessionInput'] = {
    title: { en: title },
    type: 'workshop',
    startsAt: `${trip.startDate}T16:00:00+09:00`,
    endsAt: `${trip.startDate}T17:00:00+09:00`,
    status: 'scheduled',
    language: 'ko',
    interpretation: 'zh',
    ...overrides,
  }
  const response = await request.post(`${API_URL}/api/v1/trips/${trip.id}/sessions`, { data: body, headers: await asOrganiser(request) })
  expect(response.status(), await response.text()).toBe(201)
  const created = (await response.json()) as Schemas['Session']
  return { id: created.id, etag: response.headers()['etag']!, title: created.title.en }
}

export async function getSession(request: APIRequestContext, id: string) {
  const response = await request.get(`${API_URL}/api/v1/sessions/${id}`)
  return { status: response.status(), etag: response.headers()['etag'], body: response.ok() ? ((await response.json()) as Schemas['Session']) : undefined }
}

/** No serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

export const PHONE = { width: 390, height: 844 }
export const LAPTOP = { width: 1366, height: 768 }

/** Screenshots of the current view at phone and laptop size, for people to look at (test-results/screenshots). */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true })
  const original = page.viewportSize()
  for (const [label, size] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `test-results/screenshots/${name}-${label}.png`, fullPage: label === 'laptop' })
  }
  if (original) await page.setViewportSize(original)
}

/** A published trip of the test's own whose days include today (in Seoul), so its sessions can be under way now. */
export async function tripOfToday(request: APIRequestContext): Promise<Schemas['Trip']> {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' }).format(new Date())
  const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
  const sample = await sampleTrip(request)
  const response = await request.post(`${API_URL}/api/v1/trips`, {
    headers: await asOrganiser(request),
    data: {
      code: `e2e-now-${Date.now()}`, title: { en: `E2E trip ${Date.now()}`, zh: '端到端考察' }, hostCountry: 'KR',
      timeZone: 'Asia/Seoul', startDate: day(-1), endDate: day(1), status: 'published', organiserId: sample.organiser.id,
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()) as Schemas['Trip']
}

/** A lecture from `startsInMinutes` from now, an hour long. */
export async function lecture(request: APIRequestContext, trip: Schemas['Trip'], title: string, startsInMinutes: number): Promise<string> {
  const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 + startsInMinutes * 60_000)
  const response = await request.post(`${API_URL}/api/v1/trips/${trip.id}/sessions`, {
    headers: await asOrganiser(request),
    data: { title: { en: title }, type: 'lecture', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString(), status: 'scheduled' },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as Schemas['Session']).id
}
