import type { Schemas } from '../api/client'
import type { UiLocale } from '../i18n'

export type Localized = Schemas['LocalizedText'] | Schemas['LocalizedDescription']

/** Content in the chosen language, falling back to English, which every text has. */
export function pickText(text: Localized | undefined | null, locale: UiLocale): string {
  if (!text) return ''
  const chosen = text[locale]
  return chosen && chosen.trim() !== '' ? chosen : text.en
}

/** The language the picked text is really in, for the `lang` attribute (screen readers, fonts). */
export function pickedLanguage(text: Localized | undefined | null, locale: UiLocale): UiLocale {
  return text?.[locale] && text[locale]!.trim() !== '' ? locale : 'en'
}
