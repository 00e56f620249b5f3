/** Settings read when the app starts, from `config.json` beside it, so one build serves every deployment. */
export interface AppConfig {
  apiBaseUrl: string
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-cache' })
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`)
  const value: unknown = await response.json()
  const apiBaseUrl = (value as Partial<AppConfig> | null)?.apiBaseUrl
  if (typeof apiBaseUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(apiBaseUrl)) {
    throw new Error('config.json: apiBaseUrl must be an http(s) URL')
  }
  return { apiBaseUrl: apiBaseUrl.replace(/\/+$/, '') }
}
