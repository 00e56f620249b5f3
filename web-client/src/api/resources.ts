// The API's resources as typed functions, built once on the generated contract: views call `trips.get(id)`,
// `sessions.replace(current, input)` or `cities.list({ q })`, and never spell out a URL or an If-Match header.
// Every type below is read from `paths`, so a view cannot send a field the contract does not have.
import { api, send, type Answer } from './client'
import type { paths } from './schema'

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never
type Created<Op> = Op extends { responses: { 201: infer R } } ? Json<R> : never
type JsonBody<Op> = Op extends { requestBody?: infer R } ? Json<NonNullable<R>> : never
type PatchBody<Op> = Op extends { requestBody?: { content: { 'application/merge-patch+json': infer B } } } ? B : never
type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never
type Method<P extends keyof paths, M extends string> = P extends keyof paths ? (M extends keyof paths[P] ? paths[P][M] : never) : never

/** Where one record lives and is changed: GET, PUT, PATCH and DELETE on `{id}`. */
type ItemPath = {
  [P in keyof paths]: P extends `${string}/{id}` ? (paths[P] extends { get: object; put: object; delete: object } ? P : never) : never
}[keyof paths]
/** A list that creates its records: GET and POST. */
type CollectionPath = { [P in keyof paths]: paths[P] extends { get: object; post: object } ? P : never }[keyof paths]
/** One representation read as a whole, below a trip or a person (an itinerary, an export). */
type ReadPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths]

/** The version of a record a write applies to: what the last read answered (its ETag travels with it). */
export interface Current<T extends { id: string } = { id: string }> {
  data: T
  etag: string
}

/** A record as it was read, with the version to send back: the same type as the resource's own reads. */
type Read<V> = { data: V; etag: string }

/** The id of a record as read (every record the API returns has one). */
function idOf(current: Read<unknown>): string {
  return (current.data as { id: string }).id
}

/** Where a collection's records live: the collection's path and the id. */
type ItemOf<C extends string> = `${C}/{id}` extends ItemPath ? `${C}/{id}` : never

/** The generated client, called with paths held in variables; the types are the ones the functions below declare. */
interface Requests {
  GET(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>
  POST(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>
  PUT(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>
  PATCH(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>
  DELETE(path: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>
}

const requests = (): Requests => api() as unknown as Requests

/** `fresh` bypasses the device's stored copy: an editor must start from the current version. */
function freshness(fresh: boolean): object {
  return fresh ? { cache: 'no-store' } : {}
}

/** The one path parameter of a nested collection, e.g. `tripId` in /api/v1/trips/{tripId}/sessions. */
function parentParameter(path: string): string {
  const name = /\{(\w+)\}/.exec(path)?.[1]
  if (!name) throw new Error(`${path} names no parent`)
  return name
}

/** The standard exchange of one record: read, replace, merge-patch and delete, each write with If-Match. */
function items<I extends ItemPath>(item: I) {
  type View = Ok<Method<I, 'get'>>
  return {
    get: (id: string, fresh = false): Promise<Answer<View>> =>
      send(requests().GET(item, { params: { path: { id } }, ...freshness(fresh) })) as Promise<Answer<View>>,
    replace: (current: Read<View>, input: JsonBody<Method<I, 'put'>>): Promise<Answer<View>> =>
      send(requests().PUT(item, { params: { path: { id: idOf(current) }, header: { 'If-Match': current.etag } }, body: input })) as Promise<Answer<View>>,
    patch: (current: Read<View>, patch: PatchBody<Method<I, 'patch'>>): Promise<Answer<View>> =>
      send(requests().PATCH(item, {
        params: { path: { id: idOf(current) }, header: { 'If-Match': current.etag } },
        body: patch,
        headers: { 'Content-Type': 'application/merge-patch+json' },
      })) as Promise<Answer<View>>,
    remove: (current: Read<View>): Promise<Answer<never>> =>
      send(requests().DELETE(item, { params: { path: { id: idOf(current) }, header: { 'If-Match': current.etag } } })) as Promise<Answer<never>>,
  }
}

/** A top-level collection: its list (paging, search, filters) and creation, and the exchange of its items. */
function collection<C extends CollectionPath>(path: C) {
  const item = `${path}/{id}` as ItemOf<C>
  type Page = Ok<Method<C, 'get'>>
  type Input = JsonBody<Method<C, 'post'>>
  type View = Created<Method<C, 'post'>>
  return {
    ...items(item),
    list: (query: Query<Method<C, 'get'>> = {} as Query<Method<C, 'get'>>): Promise<Answer<Page>> =>
      send(requests().GET(path, { params: { query } })) as Promise<Answer<Page>>,
    create: (input: Input): Promise<Answer<View>> => send(requests().POST(path, { body: input })) as Promise<Answer<View>>,
  }
}

/** A list below another record (a trip's sessions, who read a person's details), and creation there if it has one. */
function below<C extends ReadPath>(path: C) {
  type Page = Ok<Method<C, 'get'>>
  type Input = JsonBody<Method<C, 'post'>>
  type View = Created<Method<C, 'post'>>
  const parent = parentParameter(path)
  return {
    list: (parentId: string, query: Query<Method<C, 'get'>> = {} as Query<Method<C, 'get'>>, fresh = false): Promise<Answer<Page>> =>
      send(requests().GET(path, { params: { path: { [parent]: parentId }, query }, ...freshness(fresh) })) as Promise<Answer<Page>>,
    create: (parentId: string, input: Input): Promise<Answer<View>> =>
      send(requests().POST(path, { params: { path: { [parent]: parentId } }, body: input })) as Promise<Answer<View>>,
  }
}

/** One representation of another record, read whole (a trip's itinerary, a person's export). */
function reading<R extends ReadPath>(path: R) {
  type View = Ok<Method<R, 'get'>>
  const parent = parentParameter(path)
  return {
    get: (parentId: string, fresh = false): Promise<Answer<View>> =>
      send(requests().GET(path, { params: { path: { [parent]: parentId } }, ...freshness(fresh) })) as Promise<Answer<View>>,
  }
}

/** Paths that act on a record without replacing it, e.g. erasing a person's data: DELETE below its id. */
type ActionPath = { [P in keyof paths]: P extends `${string}/{id}/${string}` ? (paths[P] extends { delete: object } ? P : never) : never }[keyof paths]

/** A delete below a record that changes the record itself (erasing a person's data), with its If-Match. */
function deleting(path: ActionPath) {
  return (current: Current): Promise<Answer<never>> =>
    send(requests().DELETE(path, { params: { path: { id: idOf(current) }, header: { 'If-Match': current.etag } } })) as Promise<Answer<never>>
}

/** POSTs that act on a record (send a delivery again); each click gets its own Idempotency-Key, so a retry is safe. */
type AcceptingPath = { [P in keyof paths]: paths[P] extends { post: { responses: { 202: object } } } ? P : never }[keyof paths]

function acting<P extends AcceptingPath>(path: P) {
  type View = Json<Method<P, 'post'> extends { responses: { 202: infer R } } ? R : never>
  return (parameters: Record<string, string>): Promise<Answer<View>> =>
    send(requests().POST(path, {
      params: { path: parameters, header: { 'Idempotency-Key': crypto.randomUUID() } },
    })) as Promise<Answer<View>>
}

export const cities = collection('/api/v1/cities')
export const topics = collection('/api/v1/topics')
export const organisations = collection('/api/v1/organisations')
export const venues = collection('/api/v1/venues')
export const experts = collection('/api/v1/experts')
export const trips = collection('/api/v1/trips')
export const people = {
  ...collection('/api/v1/people'),
  erase: deleting('/api/v1/people/{id}/personal-data'),
  accesses: below('/api/v1/people/{id}/access-log'),
}
export const sessions = { ...items('/api/v1/sessions/{id}'), ofTrip: below('/api/v1/trips/{tripId}/sessions') }
export const participants = { ...items('/api/v1/participants/{id}'), ofTrip: below('/api/v1/trips/{tripId}/participants') }
export const consents = below('/api/v1/participants/{participantId}/consents')
export const itineraries = reading('/api/v1/trips/{tripId}/itinerary')
export const tripChanges = below('/api/v1/trips/{tripId}/changes')
export const webhooks = {
  ...collection('/api/v1/webhooks'),
  deliveries: below('/api/v1/webhooks/{id}/deliveries'),
  redeliver: acting('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver'),
}
export const tripTopics = reading('/api/v1/trips/{tripId}/topics')
export const delegations = reading('/api/v1/trips/{tripId}/delegations')
export const personExports = reading('/api/v1/people/{id}/export')
/** A participant's personal calendar feeds: made (the answer holds the feed's secret address, once) and revoked. */
export const calendarSubscriptions = {
  list: below('/api/v1/participants/{participantId}/calendar-subscriptions').list,
  create: (participantId: string) =>
    send(requests().POST('/api/v1/participants/{participantId}/calendar-subscriptions', {
      params: { path: { participantId }, header: { 'Idempotency-Key': crypto.randomUUID() } },
    })) as Promise<Answer<Created<Method<'/api/v1/participants/{participantId}/calendar-subscriptions', 'post'>>>>,
  remove: (current: Current) =>
    send(requests().DELETE('/api/v1/calendar-subscriptions/{id}', {
      params: { path: { id: current.data.id }, header: { 'If-Match': current.etag } },
    })) as Promise<Answer<never>>,
}

/**
 * POSTs that record facts and answer what is recorded (200): attendance marks, a check-in, issuing a trip's
 * certificates, a revocation. The Idempotency-Key may be the caller's own: marks queued offline keep theirs, so
 * sent twice they are recorded once.
 */
type RecordingPath = { [P in keyof paths]: paths[P] extends { post: { responses: { 200: object } } } ? P : never }[keyof paths]

function recording<P extends RecordingPath>(path: P) {
  type View = Ok<Method<P, 'post'>>
  return (parameters: Record<string, string>, body?: JsonBody<Method<P, 'post'>>, key: string = crypto.randomUUID()): Promise<Answer<View>> =>
    send(requests().POST(path, { params: { path: parameters, header: { 'Idempotency-Key': key } }, body })) as Promise<Answer<View>>
}

/** A session's attendance: the list to mark from, the marks, its check-in code, and a delegate's check-in. */
export const attendance = {
  get: reading('/api/v1/sessions/{sessionId}/attendance').get,
  record: recording('/api/v1/sessions/{sessionId}/attendance'),
  checkInCode: reading('/api/v1/sessions/{sessionId}/check-in-code').get,
  checkIn: recording('/api/v1/sessions/{sessionId}/check-ins'),
}
/** A certificate by its serial, for anyone handed one. */
export const verifications = reading('/api/v1/verifications/{serial}')
/** A trip's certificate rule, where its delegates stand, and its certificates: issued, listed, printed, revoked. */
export const certificates = {
  tripEligibility: reading('/api/v1/trips/{tripId}/eligibility').get,
  eligibility: reading('/api/v1/participants/{participantId}/eligibility').get,
  ofTrip: below('/api/v1/trips/{tripId}/certificates').list,
  issueAll: recording('/api/v1/trips/{tripId}/certificates'),
  revoke: recording('/api/v1/certificates/{id}/revocation'),
  replace: (id: string) =>
    send(requests().POST('/api/v1/certificates/{id}/replacement', {
      params: { path: { id }, header: { 'Idempotency-Key': crypto.randomUUID() } },
    })) as Promise<Answer<Created<Method<'/api/v1/certificates/{id}/replacement', 'post'>>>>,
}
/** Delegates' evaluations of sessions and trips, and the trip's report. */
export const evaluations = {
  ofSession: recording('/api/v1/sessions/{sessionId}/evaluations'),
  ofTrip: recording('/api/v1/trips/{tripId}/evaluations'),
  report: reading('/api/v1/trips/{tripId}/evaluation-report').get,
}
