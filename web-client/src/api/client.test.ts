import { describe, expect, it } from 'vitest'
import { ApiError, api, configureApi, send } from './client'
import { STORED_AT_HEADER, isPublicProgrammeResponse } from '../shared/offline-policy'
import { loadConfig } from '../config'

const problem = {
  type: '/problems/version-conflict',
  title: 'Version conflict',
  status: 412,
  detail: 'The session was changed by someone else.',
  code: 'version-conflict',
  errors: [],
}

function answering(response: () => Response): typeof fetch {
  return async () => response()
}

describe('the API client', () => {
  it('returns the data with its version and when it was fetched', async () => {
    configureApi('http://api.test', answering(() => Response.json({ id: 's1' }, { headers: { ETag: '"3"' } })))
    const answer = await send(api().GET('/api/v1/sessions/{id}', { params: { path: { id: 's1' } } }))
    expect(answer.etag).toBe('"3"')
    expect(answer.fromDeviceCache).toBe(false)
    expect(Date.now() - answer.fetchedAt.getTime()).toBeLessThan(5_000)
  })

  it('tells a stored copy from a fresh answer by the service worker stamp', async () => {
    const storedAt = '2025-10-14T01:02:03.000Z'
    configureApi('http://api.test', answering(() => Response.json({ items: [] }, { headers: { [STORED_AT_HEADER]: storedAt } })))
    const answer = await send(api().GET('/api/v1/topics'))
    expect(answer.fromDeviceCache).toBe(true)
    expect(answer.fetchedAt.toISOString()).toBe(storedAt)
  })

  it('turns a problem answer into an ApiError carrying its code', async () => {
    configureApi('http://api.test', answering(() => Response.json(problem, { status: 412, headers: { 'Content-Type': 'application/problem+json' } })))
    const error = await send(api().DELETE('/api/v1/sessions/{id}', { params: { path: { id: 's1' }, header: { 'If-Match': '"1"' } } }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('version-conflict')
    expect((error as ApiError).status).toBe(412)
  })

  it('keeps what still refers to a record from an in-use problem', async () => {
    const inUse = {
      ...problem,
      status: 409,
      code: 'in-use',
      references: [{ type: 'session', id: 's2', name: 'Opening' }, { type: 'participant', count: 3 }],
    }
    configureApi('http://api.test', answering(() => Response.json(inUse, { status: 409, headers: { 'Content-Type': 'application/problem+json' } })))
    const error = await send(api().DELETE('/api/v1/venues/{id}', { params: { path: { id: 'v1' }, header: { 'If-Match': '"1"' } } }))
      .catch((e: unknown) => e)
    expect((error as ApiError).problem.references).toEqual(inUse.references)
  })

  it('reports an unreachable server as a network error, and a body that is no problem by its status', async () => {
    configureApi('http://api.test', async () => {
      throw new TypeError('Failed to fetch')
    })
    await expect(send(api().GET('/api/v1/topics'))).rejects.toMatchObject({ code: 'network-error', status: 0 })
    configureApi('http://api.test', answering(() => new Response('<html>Bad gateway</html>', { status: 502 })))
    await expect(send(api().GET('/api/v1/topics'))).rejects.toMatchObject({ code: 'internal-error', status: 502 })
  })
})

describe('what may be kept on the device', () => {
  it('keeps public answers only', () => {
    expect(isPublicProgrammeResponse(200, 'max-age=0')).toBe(true)
    expect(isPublicProgrammeResponse(200, null)).toBe(true)
    expect(isPublicProgrammeResponse(200, 'no-store')).toBe(false)
    expect(isPublicProgrammeResponse(200, 'private, max-age=60')).toBe(false)
    expect(isPublicProgrammeResponse(404, null)).toBe(false)
  })
})

describe('runtime configuration', () => {
  it('reads the API base URL from config.json', async () => {
    const config = await loadConfig(answering(() => Response.json({ apiBaseUrl: 'https://api.example.org/' })))
    expect(config.apiBaseUrl).toBe('https://api.example.org')
  })

  it('refuses a config.json without a usable URL', async () => {
    await expect(loadConfig(answering(() => Response.json({ apiBaseUrl: 'javascript:alert(1)' })))).rejects.toThrow(/apiBaseUrl/)
    await expect(loadConfig(answering(() => new Response('', { status: 404 })))).rejects.toThrow(/404/)
  })

  it('reads the identity provider, and refuses one it could not sign in with', async () => {
    const config = await loadConfig(answering(() => Response.json({
      apiBaseUrl: 'https://api.example.org',
      oidc: { authority: 'https://id.example.org/realms/studytrip/', clientId: 'studytrip-app', rolesClaim: 'realm_access/roles' },
    })))
    expect(config.oidc).toEqual({
      authority: 'https://id.example.org/realms/studytrip',
      clientId: 'studytrip-app',
      rolesClaim: 'realm_access/roles',
    })
    expect(config.localSignInUrl).toBeUndefined()
    await expect(loadConfig(answering(() => Response.json({
      apiBaseUrl: 'https://api.example.org',
      oidc: { authority: 'https://id.example.org' },
    })))).rejects.toThrow(/clientId/)
  })
})
