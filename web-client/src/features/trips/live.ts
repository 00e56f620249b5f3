// A trip's changes as they happen: caught up through the change feed from where the device stands, then streamed.
import { ApiError, openEventStream, type Schemas } from '../../api/client'
import { tripChanges } from '../../api/resources'
import { readEventStream } from '../../shared/event-stream'

export type Change = Schemas['Change']
export type Itinerary = Schemas['Itinerary']
type Session = Schemas['Session']

export interface Following {
  tripId: string
  /** The cursor the device's copy stands at; without one, the stream starts now. */
  cursor?: string
  /** Each change, in order, once. */
  onChange(change: Change): void
  /** After each change applied, and once caught up: the cursor to keep beside the copy. */
  onCursor?(cursor: string): void
  /** Once caught up, each time the stream (re)opens. */
  onReady?(): void
  /**
   * The cursor is older than the server keeps: read the copy again in full, and give the cursor it stands at (or an
   * empty one: the stream then starts now).
   */
  onExpired(): Promise<string>
}

/** A stream that sends nothing, not even its heartbeat, for this long has stalled (a phone changing networks). */
const STALLED_AFTER_MS = 45_000
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000]

/**
 * Follows a trip's changes until stopped: first the change feed from the cursor (a phone back online catches up
 * with what it missed, in a few small pages, instead of reloading everything), then the trip's event stream from
 * where that ended. A break (offline, a new network, a server restart) starts both again from the last cursor:
 * at once when the device is back online, else after a growing pause.
 */
export function followTrip(following: Following): { stop(): void } {
  let stopped = false
  let cursor = following.cursor
  let current: AbortController | undefined
  let wake: (() => void) | undefined

  const setCursor = (next: string) => {
    cursor = next
    following.onCursor?.(next)
  }

  async function catchUp(): Promise<void> {
    let more = true
    while (more && cursor && !stopped) {
      const page = (await tripChanges.list(following.tripId, { after: cursor }, true)).data
      // Stopped while the page was on its way: it belongs to nobody now.
      if (stopped) return
      page.items.forEach((change) => following.onChange(change))
      setCursor(page.next)
      more = page.more
    }
  }

  async function stream(): Promise<void> {
    const controller = (current = new AbortController())
    let stall = setTimeout(() => controller.abort(), STALLED_AFTER_MS)
    try {
      const body = await openEventStream('/api/v1/trips/{tripId}/events', { tripId: following.tripId }, cursor, controller.signal)
      for await (const message of readEventStream(body)) {
        if (stopped) break
        clearTimeout(stall)
        stall = setTimeout(() => controller.abort(), STALLED_AFTER_MS)
        if (message.kind !== 'event' || !message.id) continue
        if (message.event === 'change') following.onChange(JSON.parse(message.data) as Change)
        setCursor(message.id)
        if (message.event === 'ready') following.onReady?.()
      }
    } finally {
      clearTimeout(stall)
    }
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        window.removeEventListener('online', done)
        wake = undefined
        resolve()
      }
      window.addEventListener('online', done)
      wake = done
    })
  }

  void (async () => {
    let failures = 0
    while (!stopped) {
      try {
        await catchUp()
        if (stopped) break
        await stream()
        failures = 0
      } catch (error) {
        if (stopped) break
        // A cursor the server no longer knows (expired, or from another database): read everything again.
        if (error instanceof ApiError && (error.code === 'cursor-expired' || error.status === 400)) {
          const fresh = await following.onExpired().catch(() => undefined)
          if (fresh !== undefined) {
            setCursor(fresh)
            continue
          }
        }
        // The trip is gone, or hidden from this reader (a draft again): nothing more will come.
        if (error instanceof ApiError && error.status === 404) break
        failures++
      }
      if (!stopped) await pause(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!)
    }
  })()

  return {
    stop() {
      stopped = true
      current?.abort()
      wake?.()
    },
  }
}

/** Where the log stands for a trip, without its history: the cursor to read a full copy at. */
export async function currentCursor(tripId: string): Promise<string> {
  let after: string | undefined
  for (;;) {
    // The trip's own entries are few; the cursor moves past everything else.
    const page = (await tripChanges.list(tripId, { types: 'trip', ...(after ? { after } : {}) }, true)).data
    after = page.next
    if (!page.more) return after
  }
}

/**
 * The itinerary with one change applied: a session moves to its day at its time, or leaves the itinerary; any other
 * change (the trip's dates, a venue's name, a delegation's size) needs the itinerary read again, answered `reload`.
 */
export function applyToItinerary(itinerary: Itinerary, change: Change): Itinerary | 'reload' {
  if (change.type !== 'session') return 'reload'
  const session = change.data as Session | undefined
  const days = itinerary.days.map((day) => {
    const others = day.sessions.filter((candidate) => candidate.id !== change.id)
    if (!session || session.date !== day.date) return others.length === day.sessions.length ? day : { ...day, sessions: others }
    const sessions = [...others, session].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    return { ...day, sessions }
  })
  return { ...itinerary, days }
}
