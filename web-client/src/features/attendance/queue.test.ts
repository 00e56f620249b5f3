import { describe, expect, it } from 'vitest'
import { enqueue, loadQueue, nextBatch, overlay, requeue, settle, waiting } from './queue'

class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() { return this.items.size }
  clear() { this.items.clear() }
  getItem(key: string) { return this.items.get(key) ?? null }
  key(index: number) { return [...this.items.keys()][index] ?? null }
  removeItem(key: string) { this.items.delete(key) }
  setItem(key: string, value: string) { this.items.set(key, value) }
}

describe('the offline queue of attendance marks', () => {
  it('sends a batch again under the same key until it is answered, and keeps later taps for the next', () => {
    const storage = new MemoryStorage()
    let keys = 0
    const newKey = () => `key-${++keys}`
    enqueue('s', { participantId: 'a', status: 'present', markedAt: '2025-10-14T00:31:00Z' }, storage)
    enqueue('s', { participantId: 'a', status: 'late', markedAt: '2025-10-14T00:32:00Z' }, storage)
    const first = nextBatch('s', storage, newKey)
    expect(first).toEqual({ key: 'key-1', marks: [{ participantId: 'a', status: 'late', markedAt: '2025-10-14T00:32:00Z' }] })

    enqueue('s', { participantId: 'b', status: 'absent', markedAt: '2025-10-14T00:33:00Z' }, storage)
    // Offline: the same batch, the same key, nothing else in it.
    expect(nextBatch('s', storage, newKey)).toEqual(first)
    expect(waiting(loadQueue('s', storage))).toBe(2)

    settle('s', 'key-1', storage)
    expect(nextBatch('s', storage, newKey)).toEqual({ key: 'key-2', marks: [{ participantId: 'b', status: 'absent', markedAt: '2025-10-14T00:33:00Z' }] })
    settle('s', 'key-2', storage)
    expect(nextBatch('s', storage, newKey)).toBeNull()
    expect(storage.length).toBe(0)
  })

  it('puts a refused batch back behind later taps, without the marks the server named as wrong', () => {
    const storage = new MemoryStorage()
    enqueue('s', { participantId: 'a', status: 'present', markedAt: '2025-10-14T00:31:00Z' }, storage)
    enqueue('s', { participantId: 'gone', status: 'present', markedAt: '2025-10-14T00:31:30Z' }, storage)
    enqueue('s', { participantId: 'c', status: 'late', markedAt: '2025-10-14T00:31:40Z' }, storage)
    const batch = nextBatch('s', storage, () => 'key-1')!
    enqueue('s', { participantId: 'c', status: 'absent', markedAt: '2025-10-14T00:35:00Z' }, storage)
    requeue('s', batch.key, new Set([1]), storage)
    const again = nextBatch('s', storage, () => 'key-2')!
    expect(again.key).toBe('key-2')
    expect(again.marks.map((mark) => `${mark.participantId}:${mark.status}`)).toEqual(['a:present', 'c:absent'])
  })

  it('shows a queued mark over the server’s unless the server’s was made later', () => {
    const queue = { batch: null, pending: [{ participantId: 'a', status: 'absent' as const, markedAt: '2025-10-14T00:40:00Z' }] }
    const shown = overlay([
      { participantId: 'a', status: 'present' as const, markedAt: '2025-10-14T00:30:00Z' },
      { participantId: 'b' },
    ], queue)
    expect(shown[0]!.status).toBe('absent')
    expect(shown[1]!.status).toBeUndefined()
    const later = overlay([{ participantId: 'a', status: 'excused' as const, markedAt: '2025-10-14T00:50:00Z' }], queue)
    expect(later[0]!.status).toBe('excused')
  })
})
