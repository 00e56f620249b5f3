// Writes dist/config.json for a deployment: `node scripts/write-config.mjs https://api.example.org [LOCAL_SIGN_IN_URL]`
// (or STUDYTRIP_API_URL, STUDYTRIP_LOCAL_SIGN_IN_URL). The built app reads it at start, so the same build serves
// any API (the container entrypoint runs this). The local sign-in exists only beside a development API.
import { writeFile } from 'node:fs/promises'

const apiBaseUrl = process.argv[2] ?? process.env.STUDYTRIP_API_URL
const localSignInUrl = process.argv[3] ?? process.env.STUDYTRIP_LOCAL_SIGN_IN_URL
const url = /^https?:\/\/\S+$/
if (!apiBaseUrl || !url.test(apiBaseUrl) || (localSignInUrl && !url.test(localSignInUrl))) {
  console.error('usage: write-config.mjs <API base URL, e.g. https://api.example.org> [local sign-in URL]')
  process.exit(2)
}
const config = { apiBaseUrl, ...(localSignInUrl ? { localSignInUrl } : {}) }
await writeFile(new URL('../dist/config.json', import.meta.url), JSON.stringify(config, null, 2) + '\n')
