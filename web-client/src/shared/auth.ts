// Who is signed in: the bearer token the API checks, and what the app needs from it (role, person, expiry).
import { computed, reactive, readonly } from 'vue'

export type Role = 'organiser' | 'partner' | 'participant'
export const ROLES: Role[] = ['organiser', 'partner', 'participant']

interface Session {
  token: string
  role: Role
  personId: string | null
  expiresAt: number
}

const STORAGE_KEY = 'studytrip.session'
const state = reactive<{ session: Session | null; localSignInUrl: string | null }>({ session: null, localSignInUrl: null })

/** Reads the claims the app uses; the API verifies the signature, the app only needs to know what it holds. */
function sessionOf(token: string): Session | null {
  try {
    const payload = token.split('.')[1]
    if (!payload) return null
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      groups?: string[]
      person_id?: string
      exp?: number
    }
    const role = ROLES.find((candidate) => claims.groups?.includes(candidate))
    if (!role || typeof claims.exp !== 'number') return null
    return { token, role, personId: claims.person_id ?? null, expiresAt: claims.exp * 1000 }
  } catch {
    return null
  }
}

export function initAuth(localSignInUrl: string | undefined): void {
  state.localSignInUrl = localSignInUrl ?? null
  const saved = sessionStorage.getItem(STORAGE_KEY)
  state.session = saved ? sessionOf(saved) : null
}

export const auth = readonly(state)
export const role = computed<Role | null>(() => state.session?.role ?? null)
export const canEdit = computed(() => state.session?.role === 'organiser')
/** Partners, participants and organisers see a trip's delegation; anonymous visitors only the programme. */
export const seesPeople = computed(() => state.session !== null)

export function currentToken(): string | null {
  return state.session?.token ?? null
}

export function signOut(): void {
  state.session = null
  sessionStorage.removeItem(STORAGE_KEY)
}

function keep(token: string): void {
  const session = sessionOf(token)
  if (!session) throw new Error('not a usable token')
  state.session = session
  sessionStorage.setItem(STORAGE_KEY, token)
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

/** After a 401 mid-edit: a new token for the same role and person, without leaving the page (the form stays). */
export async function renewSession(): Promise<void> {
  const current = state.session
  if (!current) throw new Error('not signed in')
  await signInLocally(current.role, current.personId ?? undefined)
}
