// Who is signed in: the bearer token the API checks, and what the app needs from it (role, person, expiry).
// Two ways in: the configured OpenID Connect provider (production; authorization code with PKCE), or the local
// issuer of a development API, which hands out a token for a chosen role and person.
import type { UserManager } from 'oidc-client-ts'
import { computed, reactive, readonly } from 'vue'
import type { OidcSettings } from '../config'
import { PROGRAMME_CACHE, forgetDeviceCopies } from './offline-policy'

export type Role = 'organiser' | 'partner' | 'participant'
export const ROLES: Role[] = ['organiser', 'partner', 'participant']

interface Session {
  token: string
  role: Role
  personId: string | null
  expiresAt: number
}

const STORAGE_KEY = 'studytrip.session'
const state = reactive<{ session: Session | null; localSignInUrl: string | null; provider: boolean }>({
  session: null,
  localSignInUrl: null,
  provider: false,
})
let oidc: OidcSettings | null = null
let manager: Promise<UserManager> | null = null

/** The value at a claim path such as `realm_access/roles` (the API reads roles the same way). */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  return path.split('/').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], claims)
}

/** Reads the claims the app uses; the API verifies the signature, the app only needs to know what it holds. */
function sessionOf(token: string, rolesClaim = 'groups'): Session | null {
  try {
    const payload = token.split('.')[1]
    if (!payload) return null
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>
    const roles = claimAt(claims, rolesClaim)
    const role = ROLES.find((candidate) => Array.isArray(roles) && roles.includes(candidate))
    if (!role || typeof claims.exp !== 'number') return null
    const personId = typeof claims.person_id === 'string' ? claims.person_id : null
    return { token, role, personId, expiresAt: claims.exp * 1000 }
  } catch {
    return null
  }
}

export function initAuth(settings: { localSignInUrl?: string; oidc?: OidcSettings }): void {
  state.localSignInUrl = settings.localSignInUrl ?? null
  oidc = settings.oidc ?? null
  state.provider = oidc !== null
  const saved = sessionStorage.getItem(STORAGE_KEY)
  state.session = saved ? sessionOf(saved, oidc?.rolesClaim) : null
}

export const auth = readonly(state)
export const canEdit = computed(() => state.session?.role === 'organiser')
/** Partners, participants and organisers see a trip's delegation; anonymous visitors only the programme. */
export const seesPeople = computed(() => state.session !== null)

/**
 * The token to send, while it is valid: an expired one would only be refused (and count against this address's
 * limit of rejected tokens). Without it the API answers as to anyone, and where a role is needed the app offers
 * to sign in again.
 */
export function currentToken(): string | null {
  const session = state.session
  return session && session.expiresAt > Date.now() ? session.token : null
}

export class NoRoleError extends Error {
  constructor() {
    super('the token names none of the roles of this app')
  }
}

function keep(token: string): void {
  const session = sessionOf(token, oidc?.rolesClaim)
  if (!session) throw new NoRoleError()
  state.session = session
  sessionStorage.setItem(STORAGE_KEY, token)
}

/** The provider's client, loaded only where one is configured: phones on the embedded default never fetch it. */
function provider(): Promise<UserManager> {
  const settings = oidc
  if (!settings) return Promise.reject(new Error('no identity provider configured'))
  manager ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
    const callback = `${window.location.origin}/signed-in`
    return new UserManager({
      authority: settings.authority,
      client_id: settings.clientId,
      redirect_uri: callback,
      popup_redirect_uri: callback,
      post_logout_redirect_uri: `${window.location.origin}/signed-out`,
      response_type: 'code',
      scope: ['openid', settings.scope].filter(Boolean).join(' '),
      // Tokens per tab; the short-lived request states stay in the library's default local storage, which the
      // pop-up that renews a sign-in must read too (each callback removes its own).
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: false,
      monitorSession: false,
    })
  })
  return manager
}

/** Leaves for the provider's sign-in page; it sends the browser back to /signed-in, then to `back`. */
export async function signInWithProvider(back: string): Promise<void> {
  await (await provider()).signinRedirect({ state: { back } })
}

/**
 * On /signed-in: completes the sign-in the provider answered. Returns where to go next, or null in a pop-up
 * window (which the library closes after handing the result to the page that opened it).
 */
export async function completeProviderSignIn(): Promise<string | null> {
  const client = await provider()
  const user = await client.signinCallback()
  if (!user) return null
  try {
    keep(user.access_token)
  } catch (noRole) {
    await client.removeUser()
    throw noRole
  }
  return safeBack((user.state as { back?: unknown } | undefined)?.back)
}

/** Where to go after signing in: a path of this app, never another site (`//host` included). */
export function safeBack(back: unknown): string {
  return typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : '/'
}

/**
 * Forgets the sign-in here and, with a provider that offers it, ends the provider's session too (on a shared
 * phone the next person must not land in this account); the provider then sends the browser back to the app.
 */
export async function signOut(): Promise<void> {
  state.session = null
  sessionStorage.removeItem(STORAGE_KEY)
  // The offline copies were fetched with this sign-in (delegations name people): not for the next person.
  if ('caches' in window) await caches.delete(PROGRAMME_CACHE)
  forgetDeviceCopies()
  if (!oidc) return
  const client = await provider()
  const user = await client.getUser()
  try {
    await client.signoutRedirect({ id_token_hint: user?.id_token })
  } catch {
    // No end-session endpoint: signed out of the app only.
    await client.removeUser()
  }
}

/** On /signed-out: the provider's answer to signing out, so the request it answers is forgotten too. */
export async function completeProviderSignOut(): Promise<void> {
  if (oidc) await (await provider()).signoutCallback().catch(() => undefined)
}

/** A token of the development API's local issuer for a role (and person). */
export async function localToken(chosen: Role, personId?: string): Promise<string> {
  if (!state.localSignInUrl) throw new Error('no local sign-in here')
  const query = new URLSearchParams({ role: chosen, ...(personId ? { person: personId } : {}) })
  const response = await fetch(`${state.localSignInUrl}/token?${query.toString()}`, { cache: 'no-store' })
  if (!response.ok) throw new Error(`local sign-in: HTTP ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

export async function signInLocally(chosen: Role, personId?: string): Promise<void> {
  keep(await localToken(chosen, personId))
}

/**
 * After a 401 mid-edit: a new token without leaving the page, so the form stays. With a provider: silently where it
 * gave a refresh token, else in a pop-up window; locally: a new token for the same role and person.
 */
export async function renewSession(): Promise<void> {
  const current = state.session
  if (!current) throw new Error('not signed in')
  if (!oidc) {
    await signInLocally(current.role, current.personId ?? undefined)
    return
  }
  const client = await provider()
  // A pop-up must open while the click still counts as the user's: try without one only where a refresh token
  // makes that quick (a hidden frame would wait seconds for a provider that shows its page).
  const refreshable = Boolean((await client.getUser())?.refresh_token)
  const user = refreshable ? await client.signinSilent().catch(() => client.signinPopup()) : await client.signinPopup()
  if (!user) throw new Error('sign-in did not complete')
  keep(user.access_token)
}
