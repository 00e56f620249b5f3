import { describe, expect, it } from 'vitest'
import { fieldPathToId } from './field-errors'

describe('field ids from JSON paths', () => {
  it('names inputs after the fields the server reports', () => {
    expect(fieldPathToId('title.en')).toBe('title-en')
    expect(fieldPathToId('startsAt')).toBe('starts-at')
    expect(fieldPathToId('statusReason.zh')).toBe('status-reason-zh')
    expect(fieldPathToId('topicIds[0]')).toBe('topic-ids-0')
  })
})
