// Generates src/api/schema.d.ts from the root openapi.yaml, or with --check fails when the committed file is
// stale. One function serves both, so the check compares exactly what generation would write.
import { readFile, writeFile } from 'node:fs/promises'
import openapiTS, { astToString } from 'openapi-typescript'

const contract = new URL('../../openapi.yaml', import.meta.url)
const target = new URL('../src/api/schema.d.ts', import.meta.url)
const header = '// Generated from ../openapi.yaml by `npm run api:generate`. Do not edit.\n\n'

const generated = header + astToString(await openapiTS(contract))

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '')
  if (committed !== generated) {
    console.error('src/api/schema.d.ts is stale: run `npm run api:generate` after changing openapi.yaml.')
    process.exit(1)
  }
  console.log('src/api/schema.d.ts matches openapi.yaml')
} else {
  await writeFile(target, generated)
  console.log('wrote src/api/schema.d.ts')
}
