import { computed, onUnmounted, ref, shallowRef, watch, type Ref } from 'vue'
import { toApiError, unreachable, type Answer, type ApiError } from '../../api/client'
import { itineraries } from '../../api/resources'
import { DEVICE_COPY_PREFIX } from '../../shared/offline-policy'
import { applyToItinerary, currentCursor, followTrip, type Change, type Itinerary } from './live'

interface StoredCopy {
  itinerary: Itinerary
  cursor: string
  savedAt: string
}

const storageKey = (tripId: string) => `${DEVICE_COPY_PREFIX}${tripId}`

function storedCopy(tripId: string): StoredCopy | undefined {
  try {
    const copy = JSON.parse(localStorage.getItem(storageKey(tripId)) ?? 'null') as StoredCopy | null
    return copy && typeof copy.cursor === 'string' && Array.isArray(copy.itinerary?.days) ? copy : undefined
  } catch {
    return undefined
  }
}

/**
 * A trip's itinerary kept current while it is shown: the device's copy at once (with the cursor it stands at), then
 * what changed since, from the change feed, then each change as it is written. Sessions are moved in place; any
 * other change reads the itinerary again. The copy and its cursor are stored together, so a phone that opens the
 * app offline shows the last state it knew and catches up from exactly there.
 */
export function useLiveItinerary(tripId: Ref<string | undefined>) {
  const answer = shallowRef<Answer<Itinerary>>()
  const error = shallowRef<ApiError>()
  const loading = ref(false)
  /** The last change seen to each session while the itinerary was shown, for the notices beside them. */
  const recent = ref(new Map<string, Change>())
  let following: { stop(): void } | undefined
  let cursor: string | undefined
  let reloadTimer: ReturnType<typeof setTimeout> | undefined
  /** A change waits for the itinerary to be read again: until then the stored cursor must not move past it. */
  let reloadPending = false
  /** Which start is current: work of an earlier one (another trip) that finishes late changes nothing. */
  let run = 0

  function save(id: string): void {
    if (!answer.value || !cursor || reloadPending) return
    const copy: StoredCopy = { itinerary: answer.value.data, cursor, savedAt: answer.value.fetchedAt.toISOString() }
    try {
      localStorage.setItem(storageKey(id), JSON.stringify(copy))
    } catch {
      // storage full or refused: the live view goes on, without a copy for next time
    }
  }

  /**
   * The itinerary as the server has it now; the service worker keeps a copy of it too (for the other views that
   * fall back on it), but a copy it answers from is no current state to stand a cursor on.
   */
  async function current(id: string): Promise<Answer<Itinerary>> {
    const read = await itineraries.get(id)
    if (read.fromDeviceCache) throw unreachable()
    return read
  }

  /** Reads the whole itinerary at a known cursor: the cursor first, so nothing written in between is missed. */
  async function loadInFull(id: string, mine: number): Promise<string> {
    const at = await currentCursor(id)
    const read = await current(id)
    if (mine !== run) return at
    answer.value = read
    cursor = at
    reloadPending = false
    save(id)
    return at
  }

  /** Reads the itinerary again shortly (changes come in bursts); kept waiting, and saved, only once it succeeded. */
  function reloadSoon(id: string, mine: number): void {
    reloadPending = true
    clearTimeout(reloadTimer)
    reloadTimer = setTimeout(() => {
      current(id).then((read) => {
        if (mine !== run) return
        answer.value = read
        reloadPending = false
        save(id)
      }, () => undefined)
    }, 300)
  }

  function apply(id: string, mine: number, change: Change): void {
    if (mine !== run) return
    if (change.type === 'session') recent.value = new Map(recent.value).set(change.id, change)
    if (!answer.value) return
    const applied = applyToItinerary(answer.value.data, change)
    if (applied === 'reload') reloadSoon(id, mine)
    else answer.value = { ...answer.value, data: applied }
  }

  async function start(id: string): Promise<void> {
    stop()
    const mine = ++run
    reloadPending = false
    error.value = undefined
    const copy = storedCopy(id)
    if (copy) {
      answer.value = { data: copy.itinerary, etag: '', fetchedAt: new Date(copy.savedAt), fromDeviceCache: true }
      cursor = copy.cursor
    } else {
      loading.value = true
      try {
        await loadInFull(id, mine)
      } catch (e) {
        if (mine !== run) return
        // Offline before this device ever kept a copy of its own: the service worker's stored answer, if it has
        // one, and everything again once the device is back online.
        try {
          answer.value = await itineraries.get(id)
        } catch {
          error.value = toApiError(e)
        }
        loading.value = false
        window.addEventListener('online', whenOnline)
        return
      }
      loading.value = false
      if (mine !== run) return
    }
    following = followTrip({
      tripId: id,
      cursor,
      onChange: (change) => apply(id, mine, change),
      onCursor: (next) => {
        if (mine !== run) return
        cursor = next
        save(id)
      },
      onReady: () => {
        if (mine !== run) return
        // Caught up: what is shown is current.
        if (answer.value?.fromDeviceCache) answer.value = { ...answer.value, fetchedAt: new Date(), fromDeviceCache: false }
        save(id)
      },
      onExpired: () => loadInFull(id, mine),
    })
  }

  function whenOnline(): void {
    if (tripId.value) void start(tripId.value)
  }

  function stop(): void {
    window.removeEventListener('online', whenOnline)
    following?.stop()
    following = undefined
    clearTimeout(reloadTimer)
  }

  watch(tripId, (id) => {
    answer.value = undefined
    recent.value = new Map()
    if (id) void start(id)
    else stop()
  }, { immediate: true })
  onUnmounted(stop)

  return {
    answer,
    data: computed(() => answer.value?.data),
    error,
    loading,
    recent,
    reload: () => (tripId.value ? start(tripId.value) : Promise.resolve()),
  }
}
