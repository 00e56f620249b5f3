import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Answer } from '../api/client'
import { useLoad } from './useLoad'

/** What a catalogue asks of its list operation: text, page and page size. */
export interface CatalogueQuery {
  q?: string
  page: number
  size: number
}

interface Paged {
  page: number
  totalPages: number
  totalItems: number
}

export const CATALOGUE_PAGE_SIZE = 20

/**
 * A catalogue's list, searched and paged on the server. The text and the page live in the address (?q=, ?page=),
 * so Back returns to the page the organiser came from and a link shows the same list.
 */
export function useCatalogue<P extends Paged>(list: (query: CatalogueQuery) => Promise<Answer<P>>) {
  const route = useRoute()
  const router = useRouter()
  const q = computed(() => (typeof route.query.q === 'string' ? route.query.q : ''))
  const page = computed(() => Math.max(0, Number.parseInt(String(route.query.page ?? '0'), 10) || 0))
  // Keyed by value, so a navigation that leaves both as they were loads nothing again.
  const loaded = useLoad(() => list({ q: q.value || undefined, page: page.value, size: CATALOGUE_PAGE_SIZE }),
    () => `${page.value}:${q.value}`)

  function search(text: string): void {
    void router.replace({ query: { ...route.query, q: text.trim() || undefined, page: undefined } })
  }

  function goTo(target: number): void {
    void router.push({ query: { ...route.query, page: target > 0 ? String(target) : undefined } })
  }

  return { loaded, q, page, search, goTo }
}
