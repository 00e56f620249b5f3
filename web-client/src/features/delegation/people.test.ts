import { describe, expect, it } from 'vitest'
import { displayName } from './people'

describe('names of delegates', () => {
  it('writes the family name first, with the native script beside it', () => {
    expect(displayName({ id: 'x', familyName: 'Zhang', givenName: 'Wei', familyNameNative: '张', givenNameNative: '伟', languages: [] }))
      .toBe('ZHANG Wei (张伟)')
    expect(displayName({ id: 'x', familyName: 'Kim', givenName: 'Minji', languages: [] })).toBe('KIM Minji')
  })
})
