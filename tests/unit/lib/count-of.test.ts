import { countOf, numberText } from '@/lib/text/count-of'
import { describeTimeLeft } from '@/lib/time/describe-time-left'

describe('a count and its noun agree, in one place', () => {
  it('says "1 student", "0 students" and "2 students", and takes an irregular plural', () => {
    expect(countOf(1, 'student')).toBe('1 student')
    expect(countOf(0, 'student')).toBe('0 students')
    expect(countOf(2, 'student')).toBe('2 students')
    expect(countOf(2, 'match', 'matches')).toBe('2 matches')
  })

  it('separates the thousands of a whole number and leaves a fraction as it is', () => {
    expect(countOf(10_000, 'student')).toBe('10,000 students')
    expect(countOf(1_234_567, 'answer')).toBe('1,234,567 answers')
    expect(countOf(1.5, 'point')).toBe('1.5 points')
    expect(countOf(0.3333, 'point')).toBe('0.3333 points')
    expect(numberText(9_998)).toBe('9,998')
  })

  it('is the rule the time-left words use', () => {
    const now = new Date('2027-03-01T12:00:00Z')
    expect(describeTimeLeft(new Date(now.getTime() + 60 * 60_000 + 60_000), now)).toBe('1 hour 1 minute left')
  })
})
