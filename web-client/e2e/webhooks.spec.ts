import { createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { createSession, sampleTrip, signIn } from './support'

interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** A partner's receiver on this machine: answers 204 and keeps what it got. */
async function receiver(): Promise<{ url: string; received: Received[]; close: () => void }> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      received.push({ headers: request.headers, body })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/studytrip`, received, close: () => server.close() }
}

test('an organiser registers a partner webhook, sees its secret once, its deliveries, and sends one again', async ({ page, request }) => {
  const partner = await receiver()
  try {
    const trip = await sampleTrip(request)
    await signIn(page, request, 'organiser')
    await page.goto('/webhooks')
    await page.getByRole('link', { name: 'New webhook' }).click()
    await page.getByLabel('Partner organisation').selectOption({ index: 1 })
    await page.getByLabel('Receiver address (https)').fill(partner.url)
    await page.getByRole('button', { name: 'Save' }).click()

    const secret = page.getByTestId('webhook-secret')
    await expect(secret).toContainText('shown this once')
    const signingSecret = (await secret.locator('code').textContent())!.trim()
    expect(signingSecret).toMatch(/^whsec_/)

    const session = await createSession(request, trip)
    await expect.poll(() => partner.received.length, { timeout: 15_000 }).toBe(1)
    const [first] = partner.received
    const id = first!.headers['webhook-id'] as string
    const timestamp = first!.headers['webhook-timestamp'] as string
    const expected = createHmac('sha256', Buffer.from(signingSecret.slice('whsec_'.length), 'base64'))
      .update(`${id}.${timestamp}.${first!.body}`).digest('base64')
    expect(first!.headers['webhook-signature']).toBe(`v1,${expected}`)
    expect(JSON.parse(first!.body)).toMatchObject({ type: 'session.created', data: { id: session.id } })

    // The secret is not shown again; the delivery is listed, and sent again on request with the same id.
    await page.reload()
    await expect(page.getByTestId('webhook-secret')).toHaveCount(0)
    const delivery = page.locator(`[data-delivery-id="${id}"]`)
    await expect(delivery).toContainText('Delivered')
    await delivery.getByRole('button', { name: 'Send again' }).click()
    await expect.poll(() => partner.received.length, { timeout: 15_000 }).toBe(2)
    expect(partner.received[1]!.headers['webhook-id']).toBe(id)

    await page.getByRole('button', { name: 'Pause' }).click()
    await expect(page.getByTestId('webhook-state')).toHaveText('Stopped: paused by an organiser')
  } finally {
    partner.close()
  }
})
