import { countOf } from '@/lib/text/count-of'
import { describeTimeLeft } from '@/lib/time/describe-time-left'

describe('a count and its noun agree, in one place', () => {
  it('says "1 student", "0 students" and "2 students", and takes an irregular plural', () => {
    expect(countOf(1, 'student')).toBe('1 student')
    expect(countOf(0, 'student')).toBe('0 students')
    expect(countOf(2, 'student')).toBe('2 students')
    expect(countOf(2, 'match', 'matches')).toBe('2 matches')
  })

  it('is the rule the time-left words use', () => {
    const now = new Date('2027-03-01T12:00:00Z')
    expect(describeTimeLeft(new Date(now.getTime() + 60 * 60_000 + 60_000), now)).toBe('1 hour 1 minute left')
  })
})
