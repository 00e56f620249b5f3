// Times on a trip are read in two zones at once: the host country's and the delegates' home.
import type { Schemas } from '../api/client'
import type { UiLocale } from '../i18n'

type LocalizedText = Schemas['LocalizedText']

/** What people call a zone; Beijing time, not "Shanghai", is how Chinese delegates speak of home time. */
const ZONE_PLACES: Record<string, LocalizedText> = {
  'Asia/Seoul': { en: 'Seoul', zh: '首尔', ko: '서울' },
  'Asia/Shanghai': { en: 'Beijing', zh: '北京', ko: '베이징' },
  'Asia/Tokyo': { en: 'Tokyo', zh: '东京', ko: '도쿄' },
  'Asia/Singapore': { en: 'Singapore', zh: '新加坡', ko: '싱가포르' },
  'Europe/Berlin': { en: 'Berlin', zh: '柏林', ko: '베를린' },
}

export function zonePlace(zone: string, locale: UiLocale): string {
  const known = ZONE_PLACES[zone]
  if (known) return known[locale] ?? known.en
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}

export function formatTime(instant: string, zone: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone })
    .format(new Date(instant))
}

/** A calendar date (`2025-10-14`) needs no zone: it is formatted as the same day everywhere. */
export function formatDay(date: string, intlLocale: string, withWeekday = true): string {
  return new Intl.DateTimeFormat(intlLocale, {
    ...(withWeekday ? { weekday: 'long' as const } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(calendarDate(date))
}

export function formatDayRange(start: string, end: string, intlLocale: string): string {
  const format = new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return format.formatRange(calendarDate(start), calendarDate(end))
}

/** When a stored copy was fetched: the time, with the date unless it is today. */
export function formatStamp(at: Date, intlLocale: string, now: Date = new Date()): string {
  const sameDay = at.toDateString() === now.toDateString()
  return new Intl.DateTimeFormat(intlLocale, {
    ...(sameDay ? {} : { day: 'numeric' as const, month: 'short' as const }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
}

/** A moment on record (an audit entry, an erasure) in the viewer's own zone, named, to the second. */
export function formatRecordedAt(instant: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'long' }).format(new Date(instant))
}

/** How many days later (or earlier) an instant's date is in `zone` than in `reference`: +1 past midnight. */
export function dayShift(instant: string, zone: string, reference: string): number {
  const at = new Date(instant)
  return (Date.parse(todayIn(zone, at)) - Date.parse(todayIn(reference, at))) / 86_400_000
}

/** Today's date where the trip is, e.g. to highlight the current day of the itinerary. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return wallClock(now, zone).slice(0, 10)
}

/** `2025-10-14T00:30:00Z` in Asia/Seoul → `2025-10-14T09:30`, the value of a datetime-local input. */
export function toZonedInput(instant: string, zone: string): string {
  return wallClock(new Date(instant), zone).slice(0, 16)
}

/** The inverse: a wall-clock time typed for the trip's zone, as an ISO date-time with that zone's offset. */
export function fromZonedInput(local: string, zone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) return local
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const asUtc = Date.UTC(y, mo - 1, d, h, mi)
  // The offset at the guessed instant, corrected once with the offset at the corrected instant. Only a wall
  // time inside a DST change (one that does not exist, or exists twice) may land an hour either way.
  let offset = offsetMinutes(zone, new Date(asUtc))
  offset = offsetMinutes(zone, new Date(asUtc - offset * 60_000))
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

export function offsetMinutes(zone: string, at: Date): number {
  const wall = wallClock(at, zone)
  const asUtc = Date.parse(`${wall}Z`)
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

function wallClock(at: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`
}

function calendarDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** How long ago an instant was, in words ("2 minutes ago", "now"), to the minute, then the hour, then the day. */
export function formatAgo(instant: string, intlLocale: string, now: Date = new Date()): string {
  const minutes = Math.round((now.getTime() - Date.parse(instant)) / 60_000)
  const format = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' })
  if (minutes === 0) return format.format(0, 'second')
  if (Math.abs(minutes) < 60) return format.format(-minutes, 'minute')
  if (Math.abs(minutes) < 60 * 24) return format.format(-Math.round(minutes / 60), 'hour')
  return format.format(-Math.round(minutes / (60 * 24)), 'day')
}
