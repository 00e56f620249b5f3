/** Settings read when the app starts, from `config.json` beside it, so one build serves every deployment. */
export interface AppConfig {
  apiBaseUrl: string
  /** The local issuer of a development API (bin/dev); absent in production, where the identity provider signs in. */
  localSignInUrl?: string
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-cache' })
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`)
  const value: unknown = await response.json()
  const apiBaseUrl = (value as Partial<AppConfig> | null)?.apiBaseUrl
  if (typeof apiBaseUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(apiBaseUrl)) {
    throw new Error('config.json: apiBaseUrl must be an http(s) URL')
  }
  const localSignInUrl = (value as Partial<AppConfig>).localSignInUrl
  return {
    apiBaseUrl: apiBaseUrl.replace(/\/+$/, ''),
    ...(typeof localSignInUrl === 'string' && /^https?:\/\/[^\s]+$/.test(localSignInUrl)
      ? { localSignInUrl: localSignInUrl.replace(/\/+$/, '') }
      : {}),
  }
}
