import { describe, expect, expectTypeOf, it } from 'vitest'
import { configureApi, type Answer, type Schemas } from './client'
import { cities, people, sessions, trips } from './resources'

interface Seen {
  method: string
  url: string
  headers: Headers
  body: string
}

/** A fetch that records each request and answers with `body` (ETag "4"). */
function recording(body: unknown, status = 200): Seen[] {
  const seen: Seen[] = []
  configureApi('http://api.test', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    seen.push({ method: request.method, url: request.url, headers: request.headers, body: await request.text() })
    return status === 204 ? new Response(null, { status }) : Response.json(body, { status, headers: { ETag: '"4"' } })
  })
  return seen
}

/** A record as an earlier read answered it, at version 3. */
function readAt3<T>(): { data: T; etag: string } {
  return { data: { id: 'c1' } as T, etag: '"3"' }
}

describe('the typed resources', () => {
  it('reads a record and keeps its ETag for the next write', async () => {
    const seen = recording({ id: 'c1', code: 'shenzhen' })
    const answer = await cities.get('c1')
    expect(seen[0]).toMatchObject({ method: 'GET', url: 'http://api.test/api/v1/cities/c1' })
    expect(answer.etag).toBe('"4"')
    expectTypeOf(answer).toEqualTypeOf<Answer<Schemas['City']>>()
  })

  it('sends the version it was given as If-Match on every write', async () => {
    const seen = recording({ id: 'c1' })
    await cities.replace(readAt3<Schemas['City']>(), { code: 'shenzhen', name: { en: 'Shenzhen' }, level: 'prefecture-level-city', country: 'CN', timeZone: 'Asia/Shanghai' })
    await cities.patch(readAt3<Schemas['City']>(), { name: { zh: '深圳市' } })
    expect(seen.map((request) => [request.method, request.url, request.headers.get('If-Match')])).toEqual([
      ['PUT', 'http://api.test/api/v1/cities/c1', '"3"'],
      ['PATCH', 'http://api.test/api/v1/cities/c1', '"3"'],
    ])
    expect(seen[1]!.headers.get('Content-Type')).toBe('application/merge-patch+json')
    expect(JSON.parse(seen[1]!.body)).toEqual({ name: { zh: '深圳市' } })
  })

  it('deletes with If-Match, and erases a person at the address of their data', async () => {
    const seen = recording(null, 204)
    await trips.remove(readAt3<Schemas['Trip']>())
    await people.erase(readAt3<Schemas['Person']>())
    expect(seen.map((request) => [request.method, request.url, request.headers.get('If-Match')])).toEqual([
      ['DELETE', 'http://api.test/api/v1/trips/c1', '"3"'],
      ['DELETE', 'http://api.test/api/v1/people/c1/personal-data', '"3"'],
    ])
  })

  it('lists with the query it is given, and creates below the parent a nested collection belongs to', async () => {
    const seen = recording({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })
    const page = await cities.list({ q: 'shen', page: 2, size: 10 })
    await sessions.ofTrip.list('t1', { date: '2025-10-14' })
    expect(seen.map((request) => request.url)).toEqual([
      'http://api.test/api/v1/cities?q=shen&page=2&size=10',
      'http://api.test/api/v1/trips/t1/sessions?date=2025-10-14',
    ])
    expectTypeOf(page.data.items).toEqualTypeOf<Schemas['City'][]>()
  })

  it('types bodies and records by the contract', () => {
    // @ts-expect-error a session read is not a trip's version: the ETag would name the wrong record
    void trips.remove(readAt3<Schemas['Session']>())
    // @ts-expect-error a city has no title: the contract's CityInput says so
    void cities.create({ title: { en: 'Shenzhen' } })
    expectTypeOf(sessions.ofTrip.create).parameter(1).toEqualTypeOf<Schemas['SessionInput']>()
  })
})
