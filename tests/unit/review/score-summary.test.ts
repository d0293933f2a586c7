import { describeSummary, mean, median, scoreSummary } from '@/lib/review/score-summary'

describe('the median of a column of scores', () => {
  it('is the middle score of an odd count, whatever the order', () => {
    expect(median([31, 2, 58])).toBe(31)
  })
  it('is the mean of the two middle scores of an even count', () => {
    expect(median([10, 20, 30, 41])).toBe(25)
  })
  it('is rounded to two decimals like every score', () => {
    expect(median([0.1, 0.2])).toBe(0.15)
    expect(median([19.59, 19.6, 19.59 * 3, 100])).toBe(39.19)
  })
  it('is null when nobody has a score', () => {
    expect(median([])).toBeNull()
    expect(mean([])).toBeNull()
  })
})

describe('the summary line under a column', () => {
  it('says the mean out of the full marks with its percentage, the median and how many submitted', () => {
    const s = scoreSummary([30, 31, 30.3], { outOf: 58, students: 27 })
    expect(describeSummary(s)).toEqual(['Mean 30.4 of 58 (52%)', 'Median 30.3', '3 of 27 students submitted'])
  })
  it('rounds the mean for reading, without float noise', () => {
    const s = scoreSummary([19.59, 19.59, 19.59], { outOf: 58.77, students: 3 })
    expect(s.mean).toBe(19.59)
    expect(describeSummary(s)[0]).toBe('Mean 19.6 of 58.77 (33%)')
  })
  it('says only what the column is out of when nobody has submitted', () => {
    expect(describeSummary(scoreSummary([], { outOf: 30, students: 1 }))).toEqual(['Out of 30', '0 of 1 student submitted'])
  })
})
