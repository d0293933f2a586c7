// Dates are stored in UTC. Instructors type wall-clock times in their own time zone (the browser
// reports its IANA zone); these helpers convert between the two without a date library.

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/** The zone's offset from UTC at an instant, in minutes (e.g. +60 for Paris in winter). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - instant.getTime()) / 60_000)
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/**
 * "2027-03-14T17:00" in "America/Chicago" → the UTC instant. Returns null for a malformed or
 * impossible value. In a DST gap the time is moved forward; in an overlap the earlier one is taken.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local)
  if (!m || !isValidTimeZone(timeZone)) return null
  const [year, month, day, hour, minute] = m.slice(1).map(Number)
  const naive = Date.UTC(year, month - 1, day, hour, minute)
  const check = new Date(naive)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null
  // Two passes settle the offset, including across a DST change between the guess and the answer.
  let utc = naive - offsetMinutes(new Date(naive), timeZone) * 60_000
  utc = naive - offsetMinutes(new Date(utc), timeZone) * 60_000
  return new Date(utc)
}

/** The UTC instant as "YYYY-MM-DDTHH:mm" wall-clock time in a zone (for datetime-local inputs). */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000)
  return shifted.toISOString().slice(0, 16)
}
