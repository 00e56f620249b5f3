import { createI18n } from 'vue-i18n'
import { en } from './en'
import { ko } from './ko'
import { zh } from './zh'

export const UI_LOCALES = ['en', 'zh', 'ko'] as const
export type UiLocale = (typeof UI_LOCALES)[number]

/** The tag used for dates, numbers and language names of each UI language. */
export const INTL_LOCALE: Record<UiLocale, string> = { en: 'en-GB', zh: 'zh-CN', ko: 'ko-KR' }
export const LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', zh: '简体中文', ko: '한국어' }

const STORAGE_KEY = 'studytrip.locale'

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value)
}

/** The saved choice, else the browser's first language we have, else English. */
export function initialLocale(saved: string | null, browserLanguages: readonly string[]): UiLocale {
  if (isUiLocale(saved)) return saved
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0]
    if (isUiLocale(base)) return base
  }
  return 'en'
}

export function rememberLocale(locale: UiLocale): void {
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = INTL_LOCALE[locale]
}

export function createAppI18n() {
  const locale = initialLocale(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language])
  document.documentElement.lang = INTL_LOCALE[locale]
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, zh, ko },
    missingWarn: false,
    fallbackWarn: false,
  })
}
