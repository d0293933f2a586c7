import { describeDuration, formatDuration } from '@/lib/reading/format-duration'

describe('reading time in words', () => {
  it('says “none” for no time, seconds under a minute, whole minutes under an hour', () => {
    expect(formatDuration(0)).toBe('none')
    expect(formatDuration(40)).toBe('40 s')
    expect(formatDuration(719)).toBe('11 min')
  })
  it('shows hours with two-digit minutes', () => {
    expect(formatDuration(3900)).toBe('1 h 05 min')
  })
  it('spells the same out for screen readers, with singulars', () => {
    expect(describeDuration(0)).toBe('no time recorded')
    expect(describeDuration(61)).toBe('1 minute')
    expect(describeDuration(3900)).toBe('1 hour 5 minutes')
    expect(describeDuration(7200)).toBe('2 hours')
  })
})
