// Writes dist/config.json for a deployment: `node scripts/write-config.mjs https://api.example.org [LOCAL_SIGN_IN_URL]`
// (or STUDYTRIP_API_URL, STUDYTRIP_LOCAL_SIGN_IN_URL). The built app reads it at start, so the same build serves
// any API (the container entrypoint runs this). The local sign-in exists only beside a development API; in
// production people sign in with the OpenID Connect provider named by STUDYTRIP_OIDC_AUTHORITY and
// STUDYTRIP_OIDC_CLIENT_ID (optional: STUDYTRIP_OIDC_SCOPE, STUDYTRIP_OIDC_ROLES_CLAIM).
import { writeFile } from 'node:fs/promises'

const apiBaseUrl = process.argv[2] ?? process.env.STUDYTRIP_API_URL
const localSignInUrl = process.argv[3] ?? process.env.STUDYTRIP_LOCAL_SIGN_IN_URL
const { STUDYTRIP_OIDC_AUTHORITY: authority, STUDYTRIP_OIDC_CLIENT_ID: clientId } = process.env
const url = /^https?:\/\/\S+$/
if (!apiBaseUrl || !url.test(apiBaseUrl) || (localSignInUrl && !url.test(localSignInUrl))
  || (authority && (!url.test(authority) || !clientId))) {
  console.error('usage: write-config.mjs <API base URL, e.g. https://api.example.org> [local sign-in URL]')
  console.error('       with STUDYTRIP_OIDC_AUTHORITY (an http(s) URL), also STUDYTRIP_OIDC_CLIENT_ID')
  process.exit(2)
}
const oidc = authority
  ? {
      authority,
      clientId,
      ...(process.env.STUDYTRIP_OIDC_SCOPE ? { scope: process.env.STUDYTRIP_OIDC_SCOPE } : {}),
      ...(process.env.STUDYTRIP_OIDC_ROLES_CLAIM ? { rolesClaim: process.env.STUDYTRIP_OIDC_ROLES_CLAIM } : {}),
    }
  : undefined
const config = { apiBaseUrl, ...(localSignInUrl ? { localSignInUrl } : {}), ...(oidc ? { oidc } : {}) }
await writeFile(new URL('../dist/config.json', import.meta.url), JSON.stringify(config, null, 2) + '\n')
