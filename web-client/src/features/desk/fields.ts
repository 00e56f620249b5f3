// A desk form is a list of fields, each named by its JSON path in the resource's input (`contact.email`). The
// same list turns a record as read into the form's draft, and the draft back into the input a write sends, so a
// field is declared once for both directions and for every resource the desk edits.
import type { Schemas } from '../../api/client'
import { draftOf, optional, textOf, type LocalizedDraft } from '../../shared/forms'

/** The catalogues a reference chooses from. */
export type Source = 'cities' | 'organisations' | 'topics' | 'trips' | 'experts' | 'venues'

type Plain<T> = NonNullable<T>
/** The paths of an input: its properties, and one level into a property that is a group (`contact.email`). */
export type InputPath<I> = {
  [K in keyof I & string]: Plain<I[K]> extends unknown[] | string | number | boolean
    ? K
    : Plain<I[K]> extends Schemas['LocalizedText']
      ? K
      : `${K}.${keyof Plain<I[K]> & string}`
}[keyof I & string]

/** A form field: where it goes in the input (`path`), where it is read from in a record when named otherwise (`from`). */
export type Field<P extends string = string> =
  | {
      kind: 'text'
      path: P
      label: string
      maxlength: number
      type?: 'text' | 'url' | 'email' | 'tel' | 'date'
      /** Sent in capitals (country codes); `code` fields keep the phone keyboard from capitalising at all. */
      upper?: boolean
      code?: boolean
      lines?: number
    }
  | { kind: 'localized'; path: P; label: string; maxlength: number; multiline?: boolean; required?: boolean }
  | { kind: 'choice'; path: P; label: string; values: readonly string[]; labels: string; initial?: string }
  | { kind: 'number'; path: P; label: string }
  /** Codes separated by commas or spaces (languages a person speaks). */
  | { kind: 'codes'; path: P; label: string; maxlength: number }
  | { kind: 'reference'; path: P; from: string; label: string; source: Source; none: string }
  | { kind: 'references'; path: P; from: string; label: string; source: Source }

export type DraftValue = string | string[] | LocalizedDraft
/** A form's state: one value per field, keyed by the field's path. */
export type Draft = Record<string, DraftValue>

function read(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record)
}

function write(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  const last = keys.pop()!
  let group = target
  for (const key of keys) group = (group[key] ??= {}) as Record<string, unknown>
  if (value !== undefined) group[last] = value
}

/** Groups with nothing in them are left out, as the API takes an absent group for "none". */
function withoutEmptyGroups(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) =>
    !(value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)))
}

/** The draft of a record as read, or of a new record (`undefined`). */
export function draftFor(fields: readonly Field[], record: unknown): Draft {
  const draft: Draft = {}
  for (const field of fields) {
    const value = read(record, 'from' in field ? field.from : field.path)
    switch (field.kind) {
      case 'localized':
        draft[field.path] = draftOf(value as Schemas['LocalizedText'] | undefined)
        break
      case 'choice':
        draft[field.path] = (value as string | undefined) ?? field.initial ?? field.values[0] ?? ''
        break
      case 'codes':
        draft[field.path] = ((value as string[] | undefined) ?? []).join(', ')
        break
      case 'reference':
        draft[field.path] = (value as { id: string } | undefined)?.id ?? ''
        break
      case 'references':
        draft[field.path] = ((value as { id: string }[] | undefined) ?? []).map((item) => item.id)
        break
      default:
        draft[field.path] = value === undefined || value === null ? '' : String(value)
    }
  }
  return draft
}

/** The input a write sends: blank optional fields are left out, so the server names what is missing. */
export function inputFor<I>(fields: readonly Field[], draft: Draft): I {
  const input: Record<string, unknown> = {}
  for (const field of fields) {
    const value = draft[field.path]
    switch (field.kind) {
      case 'localized':
        write(input, field.path, field.required ? textOf(value as LocalizedDraft, true) : textOf(value as LocalizedDraft))
        break
      case 'references':
        write(input, field.path, value as string[])
        break
      case 'codes':
        write(input, field.path, (value as string).split(/[\s,]+/).filter(Boolean))
        break
      case 'number': {
        // Vue hands a number input's value over as a number once it parses as one.
        const text = optional(String(value))
        write(input, field.path, text === undefined ? undefined : Number(text))
        break
      }
      case 'text': {
        const text = optional(value as string)
        write(input, field.path, field.upper ? text?.toUpperCase() : text)
        break
      }
      default:
        write(input, field.path, optional(value as string))
    }
  }
  return withoutEmptyGroups(input) as I
}
