import { type Answer, type Schemas } from '../../api/client'
import { sessions } from '../../api/resources'
import { loadTrip, type Trip } from '../trips/trips'

export interface SessionInTrip {
  session: Schemas['Session']
  trip: Trip
}

/** A session with its trip (zone, home zone, topics); the answer's ETag is the session's. */
export async function loadSessionWithTrip(sessionId: string, fresh = false): Promise<Answer<SessionInTrip>> {
  const session = await sessions.get(sessionId, fresh)
  const trip = await loadTrip(session.data.tripId, fresh)
  return { ...session, data: { session: session.data, trip: trip.data } }
}
