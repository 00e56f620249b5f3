import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { INTL_LOCALE, type UiLocale } from '../i18n'
import { pickText, pickedLanguage, type Localized } from './localized'

/** The chosen language and what views need from it: content in that language and locale-aware names. */
export function useLocaleTools() {
  const i18n = useI18n()
  const ui = computed(() => i18n.locale.value as UiLocale)
  const intl = computed(() => INTL_LOCALE[ui.value])
  return {
    ...i18n,
    ui,
    intl,
    text: (value: Localized | undefined | null) => pickText(value, ui.value),
    textLang: (value: Localized | undefined | null) => pickedLanguage(value, ui.value),
    languageName: (code: string | undefined) => displayName(code, 'language', intl.value),
    countryName: (code: string | undefined) => displayName(code, 'region', intl.value),
  }
}

function displayName(code: string | undefined, type: 'language' | 'region', locale: string): string {
  if (!code) return ''
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code
  } catch {
    return code
  }
}
