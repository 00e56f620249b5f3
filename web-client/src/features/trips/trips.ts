import { inject, type InjectionKey, type Ref } from 'vue'
import { type Answer, type Schemas } from '../../api/client'
import { trips } from '../../api/resources'
import { useLoad } from '../../shared/useLoad'

export type Trip = Schemas['Trip']

/** `fresh` bypasses the device's stored copy: an editor must start from the current version. */
export function loadTrip(tripId: string, fresh = false): Promise<Answer<Trip>> {
  return trips.get(tripId, fresh)
}

/** The delegates' home zone: the zone most of the sending organisations' cities are in. */
export function homeZoneOf(trip: Trip): string | undefined {
  const counts = new Map<string, number>()
  for (const organisation of trip.sendingOrganisations) {
    const zone = organisation.city?.timeZone
    if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

export interface TripContext {
  trip: Ref<Trip | undefined>
}

export const TRIP_CONTEXT: InjectionKey<TripContext> = Symbol('trip')

/** Data of the trip a view is shown in (inside TripLayout), loaded again if the trip changes. */
export function useTripData<T>(load: (tripId: string) => Promise<Answer<T>>) {
  const { trip } = inject(TRIP_CONTEXT)!
  return useLoad(() => load(trip.value!.id), () => trip.value?.id)
}

const LAST_TRIP_KEY = 'studytrip.lastTrip'

/** The trip opened last: the one a delegate on the road wants back when the app opens offline. */
export function rememberLastTrip(trip: Trip): void {
  localStorage.setItem(LAST_TRIP_KEY, JSON.stringify({ id: trip.id, title: trip.title }))
}

export function lastTrip(): Pick<Trip, 'id' | 'title'> | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(LAST_TRIP_KEY) ?? 'null') as Pick<Trip, 'id' | 'title'> | null
    return value && typeof value.id === 'string' && value.title?.en ? value : undefined
  } catch {
    return undefined
  }
}
