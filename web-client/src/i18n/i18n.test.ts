import { describe, expect, it } from 'vitest'
import { en } from './en'
import { initialLocale } from './index'
import { ko } from './ko'
import { zh } from './zh'

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' && inner !== null ? keys(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('languages', () => {
  it('has every message in Chinese and Korean that it has in English, none empty', () => {
    for (const messages of [zh, ko]) {
      expect(keys(messages).sort()).toEqual(keys(en).sort())
      expect(keys(messages).filter((key) => !String(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages)).trim())).toEqual([])
    }
  })

  it('starts in the saved language, else the browser\'s, else English', () => {
    expect(initialLocale('ko', ['zh-CN'])).toBe('ko')
    expect(initialLocale(null, ['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh')
    expect(initialLocale('xx', ['de'])).toBe('en')
  })
})
