import { computed } from 'vue'
import type { Answer } from '../../api/client'
import { cities, experts, organisations, topics, trips, venues } from '../../api/resources'
import type { Localized } from '../../shared/localized'
import { useLocaleTools } from '../../shared/locale'
import { useLoad } from '../../shared/useLoad'
import type { Source } from './fields'

/** The largest page the API gives: a reference chooses among at most this many records. */
const CHOICES = 100

const lists: Record<Source, () => Promise<Answer<{ items: { id: string; name?: Localized; title?: Localized }[] }>>> = {
  cities: () => cities.list({ size: CHOICES }),
  organisations: () => organisations.list({ size: CHOICES }),
  topics: () => topics.list({ size: CHOICES }),
  trips: () => trips.list({ size: CHOICES }),
  experts: () => experts.list({ size: CHOICES }),
  venues: () => venues.list({ size: CHOICES }),
}

/** The choices of each catalogue a form refers to, loaded once per form and named in the chosen language. */
export function useChoices(sources: readonly Source[]) {
  const { text } = useLocaleTools()
  const loaded = Object.fromEntries([...new Set(sources)].map((source) => [source, useLoad(lists[source])]))
  return computed(() => Object.fromEntries(Object.entries(loaded).map(([source, list]) => [
    source,
    (list.data.value?.items ?? []).map((item) => ({ value: item.id, label: text(item.name ?? item.title) })),
  ])) as Partial<Record<Source, { value: string; label: string }[]>>)
}
