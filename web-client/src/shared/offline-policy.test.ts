import { describe, expect, it } from 'vitest'
import { DEVICE_COPY_PREFIX, forgetDeviceCopies, isPublicProgrammeResponse } from './offline-policy'

describe('what stays on the device', () => {
  it('keeps only shareable successful answers', () => {
    expect(isPublicProgrammeResponse(200, 'no-cache')).toBe(true)
    expect(isPublicProgrammeResponse(200, 'no-store')).toBe(false)
    expect(isPublicProgrammeResponse(404, null)).toBe(false)
  })

  it('forgets the app\'s own copies on sign-out, and nothing else', () => {
    localStorage.clear()
    localStorage.setItem(`${DEVICE_COPY_PREFIX}a`, '{}')
    localStorage.setItem(`${DEVICE_COPY_PREFIX}b`, '{}')
    localStorage.setItem('studytrip.locale', 'zh')
    forgetDeviceCopies()
    expect(Object.keys(localStorage)).toEqual(['studytrip.locale'])
  })
})
