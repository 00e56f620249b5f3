import { describe, expect, it } from 'vitest'
import { applyToItinerary, type Change, type Itinerary } from './live'

type Session = Itinerary['days'][number]['sessions'][number]

function session(id: string, date: string, startsAt: string, title = id): Session {
  return {
    id, tripId: 't', title: { en: title }, type: 'lecture', startsAt, endsAt: startsAt, date, experts: [], topics: [],
    status: 'scheduled', mandatory: false, version: 0, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
  }
}

const itinerary: Itinerary = {
  trip: { id: 't', code: 'korea-2025', title: { en: 'Korea' }, status: 'published' },
  days: [
    { date: '2025-10-13', sessions: [session('a', '2025-10-13', '2025-10-13T09:00:00+09:00'), session('b', '2025-10-13', '2025-10-13T14:00:00+09:00')] },
    { date: '2025-10-14', sessions: [] },
  ],
  delegations: [],
  totalParticipants: 0,
}

function change(type: Change['type'], id: string, operation: Change['operation'], data?: Session): Change {
  return { sequence: 1, type, id, operation, changedAt: '2025-10-13T00:00:00Z', version: 1, ...(data ? { data } : {}) }
}

describe('a change applied to the itinerary shown', () => {
  it('moves a changed session to its new day and time, adds new ones in order, and drops deleted ones', () => {
    const moved = applyToItinerary(itinerary, change('session', 'a', 'updated', session('a', '2025-10-14', '2025-10-14T15:00:00+09:00', 'Moved')))
    expect(moved).not.toBe('reload')
    const days = (moved as Itinerary).days
    expect(days[0]!.sessions.map((s) => s.id)).toEqual(['b'])
    expect(days[1]!.sessions.map((s) => s.title.en)).toEqual(['Moved'])

    const added = applyToItinerary(itinerary, change('session', 'c', 'created', session('c', '2025-10-13', '2025-10-13T11:00:00+09:00')))
    expect((added as Itinerary).days[0]!.sessions.map((s) => s.id)).toEqual(['a', 'c', 'b'])

    const deleted = applyToItinerary(itinerary, change('session', 'b', 'deleted'))
    expect((deleted as Itinerary).days[0]!.sessions.map((s) => s.id)).toEqual(['a'])
    expect(itinerary.days[0]!.sessions).toHaveLength(2)
  })

  it('asks for the itinerary again for any other record, which sessions embed or the trip frames', () => {
    expect(applyToItinerary(itinerary, change('venue', 'v', 'updated'))).toBe('reload')
    expect(applyToItinerary(itinerary, change('trip', 't', 'updated'))).toBe('reload')
  })
})
