import { describe, expect, it } from '@jest/globals'
import type { QuestionResponseRow } from '@/lib/review/grading/list-question-responses'
import { pageOfResponses, RESPONSES_PER_PAGE } from '@/lib/review/grading/response-page'

function row(n: number, overrides: Partial<QuestionResponseRow> = {}): QuestionResponseRow {
  return {
    attemptId: `a${n}`,
    responseId: `r${n}`,
    studentLabel: `Student ${n}`,
    studentId: `u${n}`,
    answer: { text: `answer ${n}` },
    score: null,
    suggested: null,
    rubricLevelId: null,
    rubricScores: null,
    overrideReason: null,
    version: n,
    groupKey: `key ${n}`,
    comments: [],
    text: `answer ${n}`,
    annotations: [],
    ...overrides,
  }
}

const many = (count: number, overrides: (n: number) => Partial<QuestionResponseRow> = () => ({})) =>
  Array.from({ length: count }, (_, i) => row(i + 1, overrides(i + 1)))

describe('pageOfResponses', () => {
  it('shows one page of answers at a time and reports where it is in the list', () => {
    const rows = many(RESPONSES_PER_PAGE * 2 + 7)
    const second = pageOfResponses(rows, { page: '2', isGrouped: false, onlyUngraded: false })
    expect(second.items.map((r) => r.attemptId)).toEqual(rows.slice(RESPONSES_PER_PAGE, RESPONSES_PER_PAGE * 2).map((r) => r.attemptId))
    expect(second).toMatchObject({ page: 2, pages: 3, total: rows.length, first: RESPONSES_PER_PAGE + 1, last: RESPONSES_PER_PAGE * 2 })
    expect(pageOfResponses(rows, { page: '3', isGrouped: false, onlyUngraded: false }).items).toHaveLength(7)
  })

  it('clamps a missing, nonsense or out-of-range page number to a page that exists', () => {
    const rows = many(RESPONSES_PER_PAGE + 1)
    for (const [asked, expected] of [
      [undefined, 1],
      ['abc', 1],
      ['-4', 1],
      ['0', 1],
      ['99', 2],
    ] as const) {
      expect(pageOfResponses(rows, { page: asked, isGrouped: false, onlyUngraded: false }).page).toBe(expected)
    }
    expect(pageOfResponses([], { page: '3', isGrouped: false, onlyUngraded: false })).toMatchObject({
      page: 1,
      pages: 1,
      total: 0,
      first: 0,
      last: 0,
      items: [],
    })
  })

  it('grades only the answer itself when not grouping, and nothing for an unanswered row', () => {
    const rows = [row(1, { groupKey: 'same' }), row(2, { groupKey: 'same' }), row(3, { responseId: null, groupKey: null, answer: null })]
    const shown = pageOfResponses(rows, { isGrouped: false, onlyUngraded: false }).items
    expect(shown.map((r) => r.members)).toEqual([[{ id: 'r1', version: 1 }], [{ id: 'r2', version: 2 }], []])
  })

  it('lists a group once and grades every member, even members that would fall on other pages', () => {
    const rows = many(RESPONSES_PER_PAGE * 3, (n) => ({ groupKey: n % 2 ? 'odd' : `even ${n}` }))
    const grouped = pageOfResponses(rows, { isGrouped: true, onlyUngraded: false })
    const odd = grouped.items.find((r) => r.groupKey === 'odd')!
    expect(odd.groupSize).toBe((RESPONSES_PER_PAGE * 3) / 2)
    expect(odd.members.map((m) => m.id)).toEqual(rows.filter((r) => r.groupKey === 'odd').map((r) => r.responseId))
    expect(grouped.total).toBe(1 + (RESPONSES_PER_PAGE * 3) / 2)
    expect(grouped.counts.distinctAnswers).toBe(1 + (RESPONSES_PER_PAGE * 3) / 2)
  })

  it('"not yet graded" hides graded answers and unanswered rows but keeps a group with any ungraded member', () => {
    const rows = [
      row(1, { score: 2, groupKey: 'g' }),
      row(2, { groupKey: 'g' }),
      row(3, { score: 1 }),
      row(4),
      row(5, { responseId: null, groupKey: null, answer: null }),
    ]
    expect(pageOfResponses(rows, { isGrouped: false, onlyUngraded: true }).items.map((r) => r.attemptId)).toEqual(['a2', 'a4'])
    const grouped = pageOfResponses(rows, { isGrouped: true, onlyUngraded: true }).items
    expect(grouped.map((r) => r.attemptId)).toEqual(['a1', 'a4'])
    expect(grouped[0].members.map((m) => m.id)).toEqual(['r1', 'r2'])
  })

  it('counts the whole class, whatever the page and filter', () => {
    const rows = [row(1, { score: 2 }), row(2), row(3, { responseId: null, groupKey: null, answer: null })]
    expect(pageOfResponses(rows, { page: '5', isGrouped: true, onlyUngraded: true }).counts).toEqual({
      students: 3,
      answered: 2,
      graded: 1,
      distinctAnswers: 2,
    })
  })
})
