// After the browser tests: the API's log of the whole run holds none of the personal data they wrote.
import { readFile } from 'node:fs/promises'
import { PERSONAL_DATA } from './support'

export default async function checkApiLog(): Promise<void> {
  const log = await readFile(new URL('../target/e2e-api.log', import.meta.url), 'utf8')
  if (!log.includes('Listening on')) throw new Error('target/e2e-api.log is not the log of a started API')
  const found = Object.entries(PERSONAL_DATA).filter(([, value]) => log.includes(value))
  if (found.length) throw new Error(`The API log holds personal data: ${found.map(([name]) => name).join(', ')}`)
}
