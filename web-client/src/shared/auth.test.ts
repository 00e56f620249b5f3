import { beforeEach, describe, expect, it } from 'vitest'
import { auth, currentToken, initAuth } from './auth'

/** An unsigned token with these claims: the app reads claims, the API checks signatures. */
function tokenWith(claims: Record<string, unknown>): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `${part({ alg: 'RS256' })}.${part(claims)}.signature`
}

const inAnHour = Math.floor(Date.now() / 1000) + 3600

describe('the kept sign-in', () => {
  beforeEach(() => sessionStorage.clear())

  it('reads role and person from the configured claim path', () => {
    sessionStorage.setItem('studytrip.session', tokenWith({ realm_access: { roles: ['offline_access', 'participant'] }, person_id: 'p-1', exp: inAnHour }))
    initAuth({ oidc: { authority: 'https://id.example.org', clientId: 'app', rolesClaim: 'realm_access/roles' } })
    expect(auth.session?.role).toBe('participant')
    expect(auth.session?.personId).toBe('p-1')
    expect(currentToken()).toBe(sessionStorage.getItem('studytrip.session'))
  })

  it('is not sent once it has expired, but the app still knows who was signed in (to offer signing in again)', () => {
    sessionStorage.setItem('studytrip.session', tokenWith({ groups: ['organiser'], exp: Math.floor(Date.now() / 1000) - 5 }))
    initAuth({})
    expect(auth.session?.role).toBe('organiser')
    expect(currentToken()).toBeNull()
  })

  it('ignores a token that names none of the app\'s roles', () => {
    sessionStorage.setItem('studytrip.session', tokenWith({ groups: ['admin'], exp: inAnHour }))
    initAuth({})
    expect(auth.session).toBeNull()
  })
})
