/** The service worker's copies of API answers, kept for offline use. */
export const PROGRAMME_CACHE = 'programme'

/** Header the service worker adds to the copies it stores; its presence means "this came from the cache". */
export const STORED_AT_HEADER = 'X-Stored-At'

/** Response headers the app reads from the API (another origin): the API exposes the first three by CORS. */
export const EXPOSED_TO_APP = ['ETag', 'Location', 'Link', STORED_AT_HEADER]

/** Only successful, shareable answers may be kept on the device: never `no-store` or `private` ones. */
export function isPublicProgrammeResponse(status: number, cacheControl: string | null): boolean {
  if (status !== 200) return false
  const directives = (cacheControl ?? '').toLowerCase().split(',').map((d) => d.trim())
  return !directives.includes('no-store') && !directives.includes('private')
}

/** Where the app keeps its own copies of what it follows live (an itinerary with the cursor it stands at). */
export const DEVICE_COPY_PREFIX = 'studytrip.itinerary.'

/** Removes the app's own copies: they were read with the sign-in that ends (a draft's itinerary, for an organiser). */
export function forgetDeviceCopies(storage: Storage = localStorage): void {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(DEVICE_COPY_PREFIX),
  )
  keys.forEach((key) => storage.removeItem(key))
}
