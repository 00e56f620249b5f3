// What the organiser's desk edits: for each resource, its fields and how a record is named in a list. The type of
// `fields` is checked against the resource's input in the contract: a misspelt path, or an input property that no
// field covers (a replace would then drop it), fails the type check.
import type { RouteLocationRaw } from 'vue-router'
import type { Answer, Schemas } from '../../api/client'
import { cities, experts, organisations, people, topics, trips, venues } from '../../api/resources'
import { administrativeLevelValues, delegationRoleValues, organisationTypeValues, tripStatusValues } from '../../api/schema'
import type { useLocaleTools } from '../../shared/locale'
import type { CatalogueQuery } from '../../shared/useCatalogue'
import { displayName } from '../delegation/people'
import type { Field, InputPath } from './fields'

type Tools = ReturnType<typeof useLocaleTools>
/** Any record the API returns. */
type Record = { id: string }
type Current<V> = { data: V; etag: string }

/** What the desk needs of a resource (see api/resources.ts). */
export interface DeskResource<I, V, L = V> {
  get(id: string, fresh?: boolean): Promise<Answer<V>>
  list(query: CatalogueQuery): Promise<Answer<{ items: L[]; page: number; totalPages: number; totalItems: number }>>
  create(input: I): Promise<Answer<V>>
  replace(current: Current<V>, input: I): Promise<Answer<V>>
  remove(current: Current<V>): Promise<Answer<never>>
}

interface Presentation<V, L> {
  /** Route names: `${route}-new` and `${route}-edit` edit, `list` lists (its path is `/${list}`). */
  route: string
  list: string
  /** How a record is named in its list, in a delete confirmation and after saving. */
  title(record: V | L, tools: Tools): string
  /** One line under the title in the list. */
  summary(record: L, tools: Tools): string
  /** Where the desk goes after a save; by default back to the list, searched for the saved record. */
  saved?(record: V): RouteLocationRaw
  /** Where a record is shown in full, when it has a page of its own: the list links its title there. */
  show?(record: L): RouteLocationRaw
}

/** The paths of the input a field list leaves out: a property, or one inside a group (`contact.phone`). */
type Missing<I, F extends readonly Field[]> = Exclude<InputPath<I>, F[number]['path']>
/** Refuses a field list that leaves a property of the input out, naming it. */
type Complete<I, F extends readonly Field[]> = [Missing<I, F>] extends [never] ? unknown : { missingFields: Missing<I, F> }

/** A resource as the generic desk views handle it: the types are checked where each desk is declared, below. */
export interface Desk extends Presentation<Record, Record> {
  resource: DeskResource<unknown, Record>
  fields: readonly Field[]
}

/** Declares a desk over a resource; the type check refuses fields that leave a property of its input out. */
export function defineDesk<I, V, L>(resource: DeskResource<I, V, L>) {
  return <const F extends readonly Field<InputPath<I>>[]>(spec: Presentation<V, L> & { fields: F } & Complete<I, F>): Desk =>
    ({ resource, ...spec }) as unknown as Desk
}

const code = { kind: 'text', path: 'code', label: 'form.code', maxlength: 64, code: true } as const
const name = { kind: 'localized', path: 'name', label: 'form.name', maxlength: 200, required: true } as const
const country = { kind: 'text', path: 'country', label: 'form.country', maxlength: 2, upper: true } as const
const timeZone = { kind: 'text', path: 'timeZone', label: 'form.timeZone', maxlength: 64 } as const
const latitude = { kind: 'number', path: 'latitude', label: 'form.latitude' } as const
const longitude = { kind: 'number', path: 'longitude', label: 'form.longitude' } as const
const city = { kind: 'reference', path: 'cityId', from: 'city', label: 'form.city', source: 'cities', none: 'form.none' } as const
const topicChoices = { kind: 'references', path: 'topicIds', from: 'topics', label: 'form.topics', source: 'topics' } as const

export const desks = {
  topics: defineDesk(topics)({
    route: 'topic',
    list: 'topics',
    title: (topic, { text }) => text(topic.name),
    summary: (topic, { text }) => text(topic.description),
    saved: (topic) => ({ name: 'topics', query: { q: topic.code } }),
    fields: [code, name, { kind: 'localized', path: 'description', label: 'form.description', maxlength: 4000, multiline: true }],
  }),
  cities: defineDesk(cities)({
    route: 'city',
    list: 'cities',
    title: (city, { text }) => text(city.name),
    summary: (city, { text }) => [text(city.province), city.timeZone].filter(Boolean).join(' · '),
    saved: (city) => ({ name: 'cities', query: { q: city.code } }),
    fields: [
      code, name,
      { kind: 'localized', path: 'province', label: 'form.province', maxlength: 200 },
      { kind: 'choice', path: 'level', label: 'form.level', values: administrativeLevelValues, labels: 'level' },
      country, timeZone, latitude, longitude,
    ],
  }),
  organisations: defineDesk(organisations)({
    route: 'organisation',
    list: 'organisations',
    title: (organisation, { text }) => text(organisation.name),
    summary: (organisation, { t, text, countryName }) =>
      [t(`organisationType.${organisation.type}`), countryName(organisation.country), text(organisation.city?.name)].filter(Boolean).join(' · '),
    saved: (organisation) => ({ name: 'organisations', query: { q: organisation.code } }),
    fields: [
      code, name,
      { kind: 'choice', path: 'type', label: 'form.organisationType', values: organisationTypeValues, labels: 'organisationType' },
      country, city,
      { kind: 'text', path: 'website', label: 'form.website', maxlength: 500, type: 'url' },
      { kind: 'text', path: 'email', label: 'form.officeEmail', maxlength: 254, type: 'email' },
      { kind: 'text', path: 'phone', label: 'form.officePhone', maxlength: 40, type: 'tel' },
    ],
  }),
  venues: defineDesk(venues)({
    route: 'venue',
    list: 'venues',
    title: (venue, { text }) => text(venue.name),
    summary: (venue, { text }) => [text(venue.place ?? venue.city?.name), venue.addressLocal].filter(Boolean).join(' · '),
    fields: [
      name,
      { kind: 'text', path: 'addressLocal', label: 'form.addressLocal', maxlength: 500 },
      { kind: 'text', path: 'addressEn', label: 'form.addressEn', maxlength: 500 },
      city,
      { kind: 'localized', path: 'place', label: 'form.place', maxlength: 200 },
      latitude, longitude,
    ],
  }),
  experts: defineDesk(experts)({
    route: 'expert',
    list: 'experts',
    title: (expert, { text }) => text(expert.name),
    summary: (expert, { text }) => [text(expert.title), text(expert.organisation?.name)].filter(Boolean).join(' · '),
    fields: [
      name,
      { kind: 'localized', path: 'title', label: 'form.expertTitle', maxlength: 200 },
      { kind: 'reference', path: 'organisationId', from: 'organisation', label: 'form.expertOrganisation', source: 'organisations', none: 'form.none' },
      { kind: 'localized', path: 'bio', label: 'form.bio', maxlength: 4000, multiline: true },
      topicChoices,
    ],
  }),
  people: defineDesk(people)({
    route: 'person',
    list: 'people',
    title: (person) => displayName(person),
    summary: (person, { languageName }) => person.languages.map(languageName).join(', '),
    saved: (person) => ({ name: 'person', params: { personId: person.id } }),
    show: (person) => ({ name: 'person', params: { personId: person.id } }),
    fields: [
      { kind: 'text', path: 'familyName', label: 'form.familyName', maxlength: 100 },
      { kind: 'text', path: 'givenName', label: 'form.givenName', maxlength: 100 },
      { kind: 'text', path: 'familyNameNative', label: 'form.familyNameNative', maxlength: 100 },
      { kind: 'text', path: 'givenNameNative', label: 'form.givenNameNative', maxlength: 100 },
      { kind: 'codes', path: 'languages', label: 'form.languages', maxlength: 200 },
      { kind: 'text', path: 'contact.email', label: 'account.email', maxlength: 254, type: 'email' },
      { kind: 'text', path: 'contact.phone', label: 'account.phone', maxlength: 40, type: 'tel' },
      { kind: 'text', path: 'protectedDetails.passportNumber', label: 'account.passport', maxlength: 40 },
      { kind: 'text', path: 'protectedDetails.dateOfBirth', label: 'account.birthDate', maxlength: 10, type: 'date' },
      { kind: 'text', path: 'protectedDetails.dietaryNotes', label: 'account.dietaryNotes', maxlength: 1000, lines: 2 },
      { kind: 'text', path: 'protectedDetails.medicalNotes', label: 'account.medicalNotes', maxlength: 1000, lines: 2 },
      { kind: 'text', path: 'protectedDetails.emergencyContact', label: 'account.emergencyContact', maxlength: 300 },
    ],
  }),
  trips: defineDesk(trips)({
    route: 'trip',
    list: 'trips',
    title: (trip, { text }) => text(trip.title),
    summary: (trip) => [trip.startDate, trip.endDate].filter(Boolean).join(' – '),
    saved: (trip) => ({ name: 'trip', params: { tripId: trip.id } }),
    fields: [
      code,
      { kind: 'localized', path: 'title', label: 'form.title', maxlength: 200, required: true },
      { kind: 'localized', path: 'summary', label: 'form.summary', maxlength: 4000, multiline: true },
      { kind: 'choice', path: 'status', label: 'form.status', values: tripStatusValues, labels: 'status' },
      { kind: 'text', path: 'startDate', label: 'form.startDate', maxlength: 10, type: 'date' },
      { kind: 'text', path: 'endDate', label: 'form.endDate', maxlength: 10, type: 'date' },
      { kind: 'text', path: 'hostCountry', label: 'form.hostCountry', maxlength: 2, upper: true },
      timeZone,
      { kind: 'reference', path: 'organiserId', from: 'organiser', label: 'form.organiser', source: 'organisations', none: 'form.choose' },
      { kind: 'references', path: 'sendingOrganisationIds', from: 'sendingOrganisations', label: 'form.sendingOrganisations', source: 'organisations' },
      topicChoices,
      { kind: 'reference', path: 'previousEditionId', from: 'previousEdition', label: 'form.previousEdition', source: 'trips', none: 'form.none' },
      { kind: 'localized', path: 'policyFramework', label: 'form.policyFramework', maxlength: 4000, multiline: true },
    ],
  }),
}

export type DeskName = keyof typeof desks

/** A participant's own fields; who the participant is (`personId` or a new `person`) the participant form decides. */
export const participantFields = [
  { kind: 'choice', path: 'role', label: 'form.role', values: delegationRoleValues, labels: 'role', initial: 'member' },
  { kind: 'localized', path: 'position', label: 'form.position', maxlength: 200 },
  { kind: 'reference', path: 'organisationId', from: 'organisation', label: 'form.organisation', source: 'organisations', none: 'form.noOrganisation' },
] as const satisfies readonly Field<InputPath<Schemas['ParticipantInput']>>[]
