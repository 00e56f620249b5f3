/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { NetworkFirst } from 'workbox-strategies'
import type { WorkboxPlugin } from 'workbox-core/types'
import { EXPOSED_TO_APP, PROGRAMME_CACHE, STORED_AT_HEADER, isPublicProgrammeResponse } from './shared/offline-policy'

declare const self: ServiceWorkerGlobalScope

// The app shell: every built file, so the app opens without a network.
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
// The API reference is a page of its own, not one of the app's routes.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api-docs\//] }))

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === '/config.json',
  new NetworkFirst({ cacheName: 'config', networkTimeoutSeconds: 3 }),
)

/**
 * Keeps only public programme answers, stamped with the time they were stored so the app can say how old
 * what it shows offline is. Answers marked `no-store` (personal data) never reach the cache. The API is on
 * another origin, so the copy must also list the headers the page may read, the stamp among them.
 */
const publicProgrammeOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (!isPublicProgrammeResponse(response.status, response.headers.get('Cache-Control'))) return null
    const headers = new Headers(response.headers)
    headers.set(STORED_AT_HEADER, new Date().toISOString())
    // The API varies its answers by Authorization; a public copy serves whatever token the app holds next.
    headers.delete('Vary')
    headers.set('Access-Control-Expose-Headers', EXPOSED_TO_APP.join(', '))
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers })
  },
}

// Programme data from the API: fresh when the network answers in time, else the last stored copy. Requests
// made with `cache: 'no-store'` (editors, which must start from the current version) always go to the network.
registerRoute(
  ({ request, url }) => request.method === 'GET' && request.cache !== 'no-store' && url.pathname.startsWith('/api/v1/'),
  new NetworkFirst({
    cacheName: PROGRAMME_CACHE,
    networkTimeoutSeconds: 8,
    plugins: [publicProgrammeOnly, new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 })],
  }),
)

// A new version waits until the person chooses to reload (the app offers it), so no open form is lost.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})
clientsClaim()
