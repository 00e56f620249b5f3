import type { Schemas } from '../../api/client'

export type Status = Schemas['AttendanceStatus']
export interface QueuedMark {
  participantId: string
  status: Status
  /** When it was tapped on this phone: the server keeps, per delegate, the mark made latest. */
  markedAt: string
}
/** Marks being sent (with the Idempotency-Key they keep until the server has them) and marks tapped since. */
export interface Queue {
  batch: { key: string; marks: QueuedMark[] } | null
  pending: QueuedMark[]
}

const PREFIX = 'attendance-queue:'

/**
 * An organiser's marks for one session, kept on the phone until the server has them: a batch is sent, and sent
 * again with the same key and the same marks until it is answered (so it is recorded once); taps meanwhile wait in
 * `pending` for the next batch. Kept in localStorage, so a closed tab or a restart of the phone loses nothing.
 */
export function loadQueue(sessionId: string, storage: Storage = localStorage): Queue {
  try {
    const stored = JSON.parse(storage.getItem(PREFIX + sessionId) ?? 'null') as Queue | null
    return stored && Array.isArray(stored.pending) ? stored : { batch: null, pending: [] }
  } catch {
    return { batch: null, pending: [] }
  }
}

function save(sessionId: string, queue: Queue, storage: Storage): Queue {
  if (!queue.batch && queue.pending.length === 0) storage.removeItem(PREFIX + sessionId)
  else storage.setItem(PREFIX + sessionId, JSON.stringify(queue))
  return queue
}

/** A tap: the delegate's newest mark replaces one still waiting. */
export function enqueue(sessionId: string, mark: QueuedMark, storage: Storage = localStorage): Queue {
  const queue = loadQueue(sessionId, storage)
  return save(sessionId, { ...queue, pending: [...queue.pending.filter((m) => m.participantId !== mark.participantId), mark] }, storage)
}

/** The batch to send: the one not yet answered, or the waiting marks under a new key; null when nothing waits. */
export function nextBatch(sessionId: string, storage: Storage = localStorage, newKey: () => string = () => crypto.randomUUID()): Queue['batch'] {
  const queue = loadQueue(sessionId, storage)
  if (queue.batch) return queue.batch
  if (queue.pending.length === 0) return null
  const batch = { key: newKey(), marks: queue.pending }
  save(sessionId, { batch, pending: [] }, storage)
  return batch
}

/** The server answered the batch (recorded, or refused for good): it is no longer sent. */
export function settle(sessionId: string, key: string, storage: Storage = localStorage): Queue {
  const queue = loadQueue(sessionId, storage)
  return save(sessionId, queue.batch?.key === key ? { ...queue, batch: null } : queue, storage)
}

/**
 * The batch goes back to waiting, to be sent under a new key (the server refused the request as such: a conflict with
 * another request, not with the marks), without the marks {@code dropped} and behind any taps made since.
 */
export function requeue(sessionId: string, key: string, dropped: Set<number> = new Set(), storage: Storage = localStorage): Queue {
  const queue = loadQueue(sessionId, storage)
  if (queue.batch?.key !== key) return queue
  const kept = queue.batch.marks.filter((mark, index) => !dropped.has(index)
    && !queue.pending.some((later) => later.participantId === mark.participantId))
  return save(sessionId, { batch: null, pending: [...kept, ...queue.pending] }, storage)
}

/** Each delegate's mark as this phone knows it: the server's, unless a queued one was made later. */
export function overlay<M extends { participantId: string; status?: Status; markedAt?: string }>(marks: M[], queue: Queue): M[] {
  const queued = new Map<string, QueuedMark>()
  for (const mark of [...(queue.batch?.marks ?? []), ...queue.pending]) queued.set(mark.participantId, mark)
  return marks.map((mark) => {
    const local = queued.get(mark.participantId)
    return local && (!mark.markedAt || Date.parse(local.markedAt) >= Date.parse(mark.markedAt))
      ? { ...mark, status: local.status, markedAt: local.markedAt }
      : mark
  })
}

export function waiting(queue: Queue): number {
  return (queue.batch?.marks.length ?? 0) + queue.pending.length
}
