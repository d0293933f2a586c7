import { formatPoints, roundPoints } from '@/lib/quiz/points'

describe('points are kept to two decimals, one rule for every score', () => {
  it('drops binary float noise from sums and products', () => {
    expect(roundPoints(19.59 + 19.59 + 19.59)).toBe(58.77)
    expect(roundPoints(0.1 + 0.2)).toBe(0.3)
    expect(roundPoints(2 * (2 / 3))).toBe(1.33)
  })

  it('rounds halves up, as a grader would (1.005 is 1.01, not 1)', () => {
    expect(roundPoints(1.005)).toBe(1.01)
    expect(roundPoints(-1.005)).toBe(-1.01)
  })

  it('prints at most two decimals and no trailing zeros', () => {
    expect(formatPoints(17.5)).toBe('17.5')
    expect(formatPoints(30)).toBe('30')
    expect(formatPoints(58.769999999999996)).toBe('58.77')
  })
})
