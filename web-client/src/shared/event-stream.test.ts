import { describe, expect, it } from 'vitest'
import { readEventStream, type StreamMessage } from './event-stream'

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(encoder.encode(chunk)))
      controller.close()
    },
  })
}

async function all(body: ReadableStream<Uint8Array>): Promise<StreamMessage[]> {
  const messages: StreamMessage[] = []
  for await (const message of readEventStream(body)) messages.push(message)
  return messages
}

describe('readEventStream', () => {
  it('reads events, comments and ids however the bytes are split', async () => {
    const text = 'retry: 2000\nid: YzE6MQ\nevent: change\ndata: {"a":\ndata: 1}\n\n: heartbeat\n\nid: YzE6Mg\nevent: ready\ndata: 首尔\n\n'
    const whole = await all(streamOf(text))
    expect(whole).toEqual([
      { kind: 'event', id: 'YzE6MQ', event: 'change', data: '{"a":\n1}' },
      { kind: 'comment', text: 'heartbeat' },
      { kind: 'event', id: 'YzE6Mg', event: 'ready', data: '首尔' },
    ])
    // One byte at a time, the Korean and Chinese characters split across chunks too.
    const bytes = new TextEncoder().encode(text)
    const pieces = Array.from(bytes, (byte) => new TextDecoder('latin1').decode(new Uint8Array([byte])))
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        bytes.forEach((byte) => controller.enqueue(new Uint8Array([byte])))
        controller.close()
      },
    })
    expect(pieces.length).toBe(bytes.length)
    expect(await all(split)).toEqual(whole)
  })

  it('accepts CRLF line ends and keeps the last id for events that name none', async () => {
    expect(await all(streamOf('id: 7\r\ndata: x\r\n\r\ndata: y\r\n\r\n'))).toEqual([
      { kind: 'event', id: '7', event: 'message', data: 'x' },
      { kind: 'event', id: '7', event: 'message', data: 'y' },
    ])
  })
})
