/** Settings read when the app starts, from `config.json` beside it, so one build serves every deployment. */
export interface AppConfig {
  apiBaseUrl: string
  /** The local issuer of a development API (bin/dev); absent in production, where the identity provider signs in. */
  localSignInUrl?: string
  /** The OpenID Connect provider people sign in with (authorization code with PKCE), in production. */
  oidc?: OidcSettings
}

export interface OidcSettings {
  /** The issuer's base URL; its `.well-known/openid-configuration` names the endpoints. */
  authority: string
  /** The public client registered for this app (no secret: a browser cannot keep one). */
  clientId: string
  /** Scopes beyond `openid`, space-separated. */
  scope?: string
  /** Where the access token carries the roles, as a path (Keycloak: `realm_access/roles`); default `groups`. */
  rolesClaim?: string
}

const HTTP_URL = /^https?:\/\/[^\s]+$/

function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && HTTP_URL.test(value) ? value.replace(/\/+$/, '') : undefined
}

function oidcSettings(value: unknown): OidcSettings | undefined {
  if (value === undefined) return undefined
  const settings = value as Partial<Record<keyof OidcSettings, unknown>> | null
  const authority = httpUrl(settings?.authority)
  const { clientId, scope, rolesClaim } = settings ?? {}
  if (!authority || typeof clientId !== 'string' || !clientId) {
    throw new Error('config.json: oidc needs an http(s) authority and a clientId')
  }
  return {
    authority,
    clientId,
    ...(typeof scope === 'string' && scope ? { scope } : {}),
    ...(typeof rolesClaim === 'string' && rolesClaim ? { rolesClaim } : {}),
  }
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-cache' })
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`)
  const value = (await response.json()) as Partial<Record<keyof AppConfig, unknown>> | null
  const apiBaseUrl = httpUrl(value?.apiBaseUrl)
  if (!apiBaseUrl) throw new Error('config.json: apiBaseUrl must be an http(s) URL')
  const localSignInUrl = httpUrl(value?.localSignInUrl)
  const oidc = oidcSettings(value?.oidc)
  return { apiBaseUrl, ...(localSignInUrl ? { localSignInUrl } : {}), ...(oidc ? { oidc } : {}) }
}
