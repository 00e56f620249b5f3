// Builds the API reference partners read without running anything: Redoc's static page, made by the pinned
// Redocly CLI from the committed contract (../openapi.yaml) with the partner guide (../docs/partner-guide.md) as its
// introduction. Written to public/api-docs/index.html, which the app's build publishes at /api-docs/. Run by
// `npm run build`, so the published reference is always the committed contract's.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dump, load } from 'js-yaml'

const here = dirname(fileURLToPath(import.meta.url))
const contract = resolve(here, '../../openapi.yaml')
const guide = resolve(here, '../../docs/partner-guide.md')
const output = resolve(here, '../public/api-docs/index.html')

const document = load(readFileSync(contract, 'utf8'))
document.info.description = `${document.info.description ?? ''}\n\n${readFileSync(guide, 'utf8')}`

const work = mkdtempSync(join(tmpdir(), 'api-docs-'))
try {
  const withGuide = join(work, 'openapi.yaml')
  writeFileSync(withGuide, dump(document, { lineWidth: -1, noRefs: true }))
  mkdirSync(dirname(output), { recursive: true })
  execFileSync(resolve(here, '../node_modules/.bin/redocly'),
    // The Redoc scripts inside the page (no CDN), and its links below /api-docs, where the page is published.
    ['build-docs', withGuide, '--output', output, '--title', 'Study Trip Programme API', '--inlineBundle',
      '--openapi.routingBasePath=/api-docs'],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } })
} finally {
  rmSync(work, { recursive: true, force: true })
}
console.log(`wrote ${output}`)
