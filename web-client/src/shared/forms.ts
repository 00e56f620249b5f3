import type { Schemas } from '../api/client'

type LocalizedText = Schemas['LocalizedText']

/** Form state of a localized text: every language as a string, so inputs can bind to it. */
export interface LocalizedDraft {
  en: string
  zh: string
  ko: string
}

export function draftOf(text: LocalizedText | undefined): LocalizedDraft {
  return { en: text?.en ?? '', zh: text?.zh ?? '', ko: text?.ko ?? '' }
}

/**
 * Back to the API's shape: empty languages are left out, and an optional text with nothing in it at all is
 * left out too. English is sent even when empty for required texts, so the server names the missing field.
 */
export function textOf(draft: LocalizedDraft, required: true): LocalizedText
export function textOf(draft: LocalizedDraft, required?: false): LocalizedText | undefined
export function textOf(draft: LocalizedDraft, required = false): LocalizedText | undefined {
  const zh = draft.zh.trim()
  const ko = draft.ko.trim()
  if (!required && !draft.en.trim() && !zh && !ko) return undefined
  return { en: draft.en.trim(), ...(zh ? { zh } : {}), ...(ko ? { ko } : {}) }
}

/** An optional string field: blank means absent. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}
