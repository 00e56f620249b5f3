import { describe, expect, it } from 'vitest'
import { formatTime, fromZonedInput, offsetMinutes, todayIn, toZonedInput, zonePlace } from './time'

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
