import { describeTimeLeft } from '@/lib/time/describe-time-left'

const now = new Date('2027-03-01T12:00:00Z')
const at = (ms: number) => new Date(now.getTime() + ms)
const H = 3_600_000

describe('time left, in words', () => {
  it('gives days and hours when more than a day is left', () => {
    expect(describeTimeLeft(at(5 * 24 * H), now)).toBe('5 days left')
    expect(describeTimeLeft(at(4 * 24 * H + 3 * H + 59 * 60_000), now)).toBe('4 days 3 hours left')
    expect(describeTimeLeft(at(24 * H + H), now)).toBe('1 day 1 hour left')
  })

  it('gives hours and minutes, then minutes, never zero', () => {
    expect(describeTimeLeft(at(2 * H + 5 * 60_000), now)).toBe('2 hours 5 minutes left')
    expect(describeTimeLeft(at(20_000), now)).toBe('1 minute left')
  })

  it('says how long ago a past date was', () => {
    expect(describeTimeLeft(at(-2 * 24 * H), now)).toBe('2 days ago')
  })
})
