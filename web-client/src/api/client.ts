// The one door to the API: every call goes through `api()` and `send()`, typed by the generated contract.
import createClient, { type Client } from 'openapi-fetch'
import type { components, paths } from './schema'
import { STORED_AT_HEADER } from '../shared/offline-policy'

export type Schemas = components['schemas']
export type Problem = Schemas['Problem']

/** A problem answered by the server, or one made up here when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail)
  }

  get code(): string {
    return this.problem.code
  }
}

export interface Answer<T> {
  data: T
  /** The version to send back as If-Match, for single resources. */
  etag: string
  /** When the data was fetched from the server; earlier than now when a stored copy answered offline. */
  fetchedAt: Date
  fromDeviceCache: boolean
}

let client: Client<paths> | undefined
let streams: { baseUrl: string; fetch: typeof fetch; token: () => string | null } | undefined

export function configureApi(baseUrl: string, fetchImpl?: typeof fetch, token: () => string | null = () => null): void {
  client = createClient<paths>({ baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) })
  client.use({
    onRequest({ request }) {
      const bearer = token()
      if (bearer && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${bearer}`)
      return request
    },
  })
  streams = { baseUrl, fetch: fetchImpl ?? ((input, init) => fetch(input, init)), token }
}

/** Paths of the contract that answer server-sent events. */
type StreamPath = { [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'text/event-stream': unknown } } } } } ? P : never }[keyof paths]

/**
 * Opens a server-sent-event stream of the API with fetch, not EventSource, so that the token travels in its header
 * and a stream that stalls can be ended; `lastEventId` resumes after that event. A refusal is thrown as the problem.
 */
export async function openEventStream(
  path: StreamPath,
  parameters: Record<string, string>,
  lastEventId: string | undefined,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  if (!streams) throw new Error('configureApi() has not been called')
  const url = streams.baseUrl + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parameters[name] ?? ''))
  const headers: Record<string, string> = { Accept: 'text/event-stream' }
  const bearer = streams.token()
  if (bearer) headers.Authorization = `Bearer ${bearer}`
  if (lastEventId) headers['Last-Event-ID'] = lastEventId
  let response: Response
  try {
    response = await streams.fetch(url, { headers, signal, cache: 'no-store' })
  } catch {
    throw unreachable()
  }
  if (!response.ok || !response.body) {
    throw new ApiError(response.status, asProblem(await response.json().catch(() => undefined), response.status))
  }
  return response.body
}

/**
 * The address of an API resource that people open or hand to another app (a calendar feed, the printed programme),
 * rather than one this app reads: those apps send no token, so these are the resources anyone may read.
 */
export function apiUrl(path: keyof paths, parameters: Record<string, string>, query: Record<string, string> = {}): string {
  if (!streams) throw new Error('configureApi() has not been called')
  const search = new URLSearchParams(query).toString()
  return streams.baseUrl + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parameters[name] ?? ''))
    + (search ? `?${search}` : '')
}

/**
 * A file the API serves only to those signed in (a certificate's PDF): fetched with the token, then saved by the
 * browser under {@code filename}. A refusal is thrown as the problem.
 */
export async function download(path: keyof paths, parameters: Record<string, string>, filename: string): Promise<void> {
  if (!streams) throw new Error('configureApi() has not been called')
  const bearer = streams.token()
  let response: Response
  try {
    response = await streams.fetch(apiUrl(path, parameters), { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {}, cache: 'no-store' })
  } catch {
    throw unreachable()
  }
  if (!response.ok) throw new ApiError(response.status, asProblem(await response.json().catch(() => undefined), response.status))
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** The same address for calendar apps: the webcal scheme opens the phone's or computer's calendar to subscribe. */
export function webcal(url: string): string {
  return url.replace(/^https?:/, 'webcal:')
}

export function api(): Client<paths> {
  if (!client) throw new Error('configureApi() has not been called')
  return client
}

type Outcome<T> = { data?: T; error?: unknown; response: Response }

export async function send<T>(request: Promise<Outcome<T>>): Promise<Answer<T>> {
  let outcome: Outcome<T>
  try {
    outcome = await request
  } catch {
    throw unreachable()
  }
  const { response } = outcome
  if (!response.ok) throw new ApiError(response.status, asProblem(outcome.error, response.status))
  const storedAt = response.headers.get(STORED_AT_HEADER)
  const fetchedAt = storedAt ? new Date(storedAt) : new Date()
  return {
    data: outcome.data as T,
    etag: response.headers.get('ETag') ?? '',
    fetchedAt: Number.isNaN(fetchedAt.getTime()) ? new Date() : fetchedAt,
    fromDeviceCache: storedAt !== null,
  }
}

/** The problem of a request that found no server: offline, or the server is gone. */
export function unreachable(): ApiError {
  return new ApiError(0, localProblem('network-error', 'The server could not be reached.'))
}

/** Whatever went wrong, as a problem a view can show (a bug in a view must not leave a blank page). */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, localProblem('unknown', String(error)))
}

function asProblem(body: unknown, status: number): Problem {
  const candidate = body as Partial<Problem> | undefined
  if (candidate && typeof candidate.code === 'string') {
    return {
      type: candidate.type ?? '',
      title: candidate.title ?? '',
      status,
      detail: candidate.detail ?? '',
      code: candidate.code,
      errors: Array.isArray(candidate.errors) ? candidate.errors : [],
      ...(Array.isArray(candidate.references) ? { references: candidate.references } : {}),
    }
  }
  return localProblem(status >= 500 ? 'internal-error' : 'unknown', `HTTP ${status}`, status)
}

function localProblem(code: string, detail: string, status = 0): Problem {
  return { type: `/problems/${code}`, title: code, status, detail, code, errors: [] }
}
