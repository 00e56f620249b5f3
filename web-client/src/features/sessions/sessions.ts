import { api, send, type Answer, type Schemas } from '../../api/client'
import { loadTrip, type Trip } from '../trips/trips'

export interface SessionInTrip {
  session: Schemas['Session']
  trip: Trip
}

/** A session with its trip (zone, home zone, topics); the answer's ETag is the session's. */
export async function loadSessionWithTrip(sessionId: string, fresh = false): Promise<Answer<SessionInTrip>> {
  const session = await send(
    api().GET('/api/v1/sessions/{id}', { params: { path: { id: sessionId } }, ...(fresh ? { cache: 'no-store' } : {}) }),
  )
  const trip = await loadTrip(session.data.tripId, fresh)
  return { ...session, data: { session: session.data, trip: trip.data } }
}
