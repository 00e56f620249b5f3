import type { Composer } from 'vue-i18n'

/** The message for a field error's code in the chosen language; a code the app does not know yet reads generically. */
export function fieldMessage(i18n: Pick<Composer, 't' | 'te'>, code: string): string {
  return i18n.te(`fieldError.${code}`) ? i18n.t(`fieldError.${code}`) : i18n.t('fieldError.unknown')
}

/** Form inputs are named after the JSON path of their field: `title.en` → `title-en`, `startsAt` → `starts-at`. */
export function fieldPathToId(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
}
