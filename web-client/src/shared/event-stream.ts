/** One message of a text/event-stream: an event with its id, name and data, or a comment (a heartbeat). */
export type StreamMessage = { kind: 'event'; id?: string; event: string; data: string } | { kind: 'comment'; text: string }

/**
 * Reads server-sent events as the HTML standard parses them (fields per line, a blank line ends an event, CR, LF or
 * CRLF line ends), from a byte stream that may split lines and characters anywhere.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<StreamMessage> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let id: string | undefined
  let event = ''
  let data: string[] = []
  try {
    for (;;) {
      const { done, value } = await reader.read()
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true })
      const lines = buffer.split(/\r\n|\r|\n/)
      // The last piece may be the start of a line still to come (or a CR whose LF is still to come).
      buffer = done ? '' : lines.pop()!
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0 || event) yield { kind: 'event', id, event: event || 'message', data: data.join('\n') }
          event = ''
          data = []
        } else if (line.startsWith(':')) {
          yield { kind: 'comment', text: line.slice(1).trim() }
        } else {
          const colon = line.indexOf(':')
          const field = colon < 0 ? line : line.slice(0, colon)
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
          if (field === 'id') id = value
          else if (field === 'event') event = value
          else if (field === 'data') data.push(value)
        }
      }
      if (done) return
    }
  } finally {
    reader.releaseLock()
  }
}
