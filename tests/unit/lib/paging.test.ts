import { describe, expect, it } from '@jest/globals'
import { paginate } from '@/lib/paging'

describe('paginate', () => {
  const items = Array.from({ length: 25 }, (_, i) => i + 1)

  it('returns the asked page with its 1-based positions', () => {
    expect(paginate(items, '2', 10)).toEqual({
      items: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      page: 2,
      pages: 3,
      total: 25,
      first: 11,
      last: 20,
    })
    expect(paginate(items, '3', 10)).toMatchObject({ items: [21, 22, 23, 24, 25], first: 21, last: 25 })
  })

  it('clamps a missing, nonsense, negative or too-large page to one that exists', () => {
    expect(paginate(items, undefined, 10).page).toBe(1)
    expect(paginate(items, 'abc', 10).page).toBe(1)
    expect(paginate(items, '-2', 10).page).toBe(1)
    expect(paginate(items, '40', 10)).toMatchObject({ page: 3, first: 21 })
  })

  it('has one empty page for an empty list', () => {
    expect(paginate([], '2', 10)).toEqual({ items: [], page: 1, pages: 1, total: 0, first: 0, last: 0 })
  })
})
