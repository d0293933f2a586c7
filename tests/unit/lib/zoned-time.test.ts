import { isValidTimeZone, utcToZonedLocal, zonedLocalToUtc } from '@/lib/time/zoned-time'

describe('converting an instructor’s wall-clock time to UTC', () => {
  it('applies the zone’s offset, winter and summer', () => {
    expect(zonedLocalToUtc('2027-01-15T17:00', 'America/Chicago')?.toISOString()).toBe('2027-01-15T23:00:00.000Z')
    expect(zonedLocalToUtc('2027-07-15T17:00', 'America/Chicago')?.toISOString()).toBe('2027-07-15T22:00:00.000Z')
    expect(zonedLocalToUtc('2027-03-01T09:30', 'Asia/Ulaanbaatar')?.toISOString()).toBe('2027-03-01T01:30:00.000Z')
    expect(zonedLocalToUtc('2027-03-01T09:30', 'UTC')?.toISOString()).toBe('2027-03-01T09:30:00.000Z')
  })

  it('rejects malformed and impossible dates and unknown zones', () => {
    expect(zonedLocalToUtc('2027-02-30T10:00', 'UTC')).toBeNull()
    expect(zonedLocalToUtc('2027-13-01T10:00', 'UTC')).toBeNull()
    expect(zonedLocalToUtc('tomorrow', 'UTC')).toBeNull()
    expect(zonedLocalToUtc('2027-01-01T10:00', 'Mars/Olympus')).toBeNull()
    expect(isValidTimeZone('Europe/Paris')).toBe(true)
  })

  it('round-trips through the zone’s wall-clock time', () => {
    const instant = new Date('2027-11-07T15:45:00Z')
    for (const zone of ['America/New_York', 'Europe/London', 'Asia/Pyongyang', 'Australia/Adelaide']) {
      expect(zonedLocalToUtc(utcToZonedLocal(instant, zone), zone)?.toISOString()).toBe(instant.toISOString())
    }
  })

  it('moves a time in a spring-forward gap to a real instant instead of failing', () => {
    const result = zonedLocalToUtc('2027-03-14T02:30', 'America/New_York')
    expect(result).not.toBeNull()
    expect(utcToZonedLocal(result!, 'America/New_York')).toMatch(/^2027-03-14T0[13]:30$/)
  })
})
