import { describe, expect, it } from 'vitest'
import { dayShift, formatAgo, formatStamp, formatTime, fromZonedInput, offsetMinutes, todayIn, toZonedInput, zonePlace } from './time'

describe('times in the trip zone and at home', () => {
  it('shows a Seoul session at Seoul and Beijing time', () => {
    const startsAt = '2025-10-14T09:30:00+09:00'
    expect(formatTime(startsAt, 'Asia/Seoul', 'en')).toBe('09:30')
    expect(formatTime(startsAt, 'Asia/Shanghai', 'en')).toBe('08:30')
    expect(zonePlace('Asia/Shanghai', 'zh')).toBe('北京')
    expect(zonePlace('America/New_York', 'en')).toBe('New York')
  })

  it('knows which day it is where the trip is, not where the phone is', () => {
    const lateEveningInBeijing = new Date('2025-10-13T15:30:00Z') // 23:30 Beijing, 00:30 Seoul
    expect(todayIn('Asia/Shanghai', lateEveningInBeijing)).toBe('2025-10-13')
    expect(todayIn('Asia/Seoul', lateEveningInBeijing)).toBe('2025-10-14')
  })

  it('turns a typed wall-clock time into an offset date-time and back', () => {
    expect(fromZonedInput('2025-10-14T09:30', 'Asia/Seoul')).toBe('2025-10-14T09:30:00+09:00')
    expect(toZonedInput('2025-10-14T00:30:00Z', 'Asia/Seoul')).toBe('2025-10-14T09:30')
    expect(fromZonedInput('2025-01-10T12:00', 'America/Sao_Paulo')).toBe('2025-01-10T12:00:00-03:00')
  })

  it('uses the offset in force on that day across a daylight-saving change', () => {
    expect(fromZonedInput('2025-03-29T12:00', 'Europe/Berlin')).toBe('2025-03-29T12:00:00+01:00')
    expect(fromZonedInput('2025-03-31T12:00', 'Europe/Berlin')).toBe('2025-03-31T12:00:00+02:00')
    expect(offsetMinutes('Asia/Kolkata', new Date('2025-06-01T00:00:00Z'))).toBe(330)
  })
})

describe('stamps and day changes', () => {
  it('marks a home time that falls on another day', () => {
    // 08:30 in Seoul is 00:30 in Berlin the same day, 23:30 the day before in Honolulu.
    expect(dayShift('2025-10-14T08:30:00+09:00', 'Europe/Berlin', 'Asia/Seoul')).toBe(0)
    expect(dayShift('2025-10-14T08:30:00+09:00', 'Pacific/Honolulu', 'Asia/Seoul')).toBe(-1)
    expect(dayShift('2025-10-14T23:30:00+08:00', 'Asia/Seoul', 'Asia/Shanghai')).toBe(1)
  })

  it('gives the date of a stored copy only when it is not from today', () => {
    const now = new Date(2025, 9, 14, 18, 0)
    expect(formatStamp(new Date(2025, 9, 14, 9, 5), 'en-GB', now)).toBe('09:05')
    expect(formatStamp(new Date(2025, 9, 12, 9, 5), 'en-GB', now)).toBe('12 Oct, 09:05')
  })
})

describe('how long ago a change was', () => {
  it('says it in minutes, then hours, in the reader\'s language', () => {
    const now = new Date('2025-10-14T06:00:00Z')
    expect(formatAgo('2025-10-14T05:58:00Z', 'en-GB', now)).toBe('2 minutes ago')
    expect(formatAgo('2025-10-14T06:00:10Z', 'en-GB', now)).toBe('now')
    expect(formatAgo('2025-10-14T03:00:00Z', 'en-GB', now)).toBe('3 hours ago')
    expect(formatAgo('2025-10-14T05:58:00Z', 'zh-CN', now)).toBe('2分钟前')
    expect(formatAgo('2025-10-14T05:58:00Z', 'ko-KR', now)).toBe('2분 전')
  })
})
