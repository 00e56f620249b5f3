// Writes dist/config.json for a deployment: `node scripts/write-config.mjs https://api.example.org`.
// The built app reads it at start, so the same build serves any API (the container entrypoint runs this).
import { writeFile } from 'node:fs/promises'

const apiBaseUrl = process.argv[2] ?? process.env.STUDYTRIP_API_URL
if (!apiBaseUrl || !/^https?:\/\/\S+$/.test(apiBaseUrl)) {
  console.error('usage: write-config.mjs <API base URL, e.g. https://api.example.org> (or STUDYTRIP_API_URL)')
  process.exit(2)
}
await writeFile(new URL('../dist/config.json', import.meta.url), JSON.stringify({ apiBaseUrl }, null, 2) + '\n')
