// Generates src/api/schema.ts (types, and each enum's values as an array) from the root openapi.yaml, or with --check fails when the committed file is
// stale. One function serves both, so the check compares exactly what generation would write.
import { readFile, writeFile } from 'node:fs/promises'
import openapiTS, { astToString } from 'openapi-typescript'

const contract = new URL('../../openapi.yaml', import.meta.url)
const target = new URL('../src/api/schema.ts', import.meta.url)
const header = '// Generated from ../openapi.yaml by `npm run api:generate`. Do not edit.\n\n'

// enumValues: the choices a form offers come from the contract, never from a hand-copied list.
const generated = header + astToString(await openapiTS(contract, { enumValues: true }))

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '')
  if (committed !== generated) {
    console.error('src/api/schema.ts is stale: run `npm run api:generate` after changing openapi.yaml.')
    process.exit(1)
  }
  console.log('src/api/schema.ts matches openapi.yaml')
} else {
  await writeFile(target, generated)
  console.log('wrote src/api/schema.ts')
}
