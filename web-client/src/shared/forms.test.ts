import { describe, expect, it } from 'vitest'
import { draftOf, optional, textOf } from './forms'

describe('localized text in forms', () => {
  it('round-trips a text, leaving out empty languages', () => {
    expect(textOf(draftOf({ en: 'Opening', zh: '开幕' }), true)).toEqual({ en: 'Opening', zh: '开幕' })
    expect(textOf({ en: ' Opening ', zh: '  ', ko: '' }, true)).toEqual({ en: 'Opening' })
  })

  it('sends an empty English text when required, so the server can name the field', () => {
    expect(textOf({ en: '', zh: '开幕', ko: '' }, true)).toEqual({ en: '', zh: '开幕' })
  })

  it('drops an optional text with nothing in it', () => {
    expect(textOf({ en: '', zh: '', ko: '' })).toBeUndefined()
    expect(optional('  ')).toBeUndefined()
    expect(optional(' KR ')).toBe('KR')
  })
})
