import { paginate, type Page } from '@/lib/paging'
import type { QuestionResponseRow } from './list-question-responses'

// Pure: which of a question's responses the grade-by-question page shows, and how they group.
// The page lists every student's answer, but a thousand rows of rubric buttons and comment boxes
// make a slow page to render, send and scroll; it shows them a page at a time instead. Grouping
// is worked out over the whole class first, so one action still grades a group's every member,
// including those that fall on other pages.

export const RESPONSES_PER_PAGE = 50

export interface GradableRef {
  id: string
  version: number
}

export interface ShownResponse extends QuestionResponseRow {
  /** Everyone this row grades at once: the whole group when grouping, else just this answer. */
  members: GradableRef[]
  groupSize: number
}

export interface ResponsePage extends Page<ShownResponse> {
  counts: { students: number; answered: number; graded: number; distinctAnswers: number }
}

export interface ResponsePageOptions {
  page?: string | undefined
  isGrouped: boolean
  onlyUngraded: boolean
}

const isUngraded = (row: QuestionResponseRow) => row.responseId !== null && row.score === null
const refOf = (row: QuestionResponseRow): GradableRef[] => (row.responseId ? [{ id: row.responseId, version: row.version }] : [])

export function pageOfResponses(rows: QuestionResponseRow[], options: ResponsePageOptions): ResponsePage {
  const groups = new Map<string, QuestionResponseRow[]>()
  for (const row of rows) {
    if (!row.groupKey) continue
    const group = groups.get(row.groupKey)
    if (group) group.push(row)
    else groups.set(row.groupKey, [row])
  }

  const groupOf = (row: QuestionResponseRow) => (options.isGrouped && row.groupKey ? groups.get(row.groupKey)! : [row])
  const leaders = options.isGrouped ? rows.filter((row) => !row.groupKey || groups.get(row.groupKey)![0] === row) : rows
  const listed = options.onlyUngraded ? leaders.filter((row) => groupOf(row).some(isUngraded)) : leaders

  const shown = paginate(listed, options.page, RESPONSES_PER_PAGE)

  const answered = rows.filter((row) => row.responseId).length
  return {
    ...shown,
    items: shown.items.map((row) => {
      const group = groupOf(row)
      return { ...row, members: group.flatMap(refOf), groupSize: group.length }
    }),
    counts: {
      students: rows.length,
      answered,
      graded: answered - rows.filter(isUngraded).length,
      distinctAnswers: groups.size,
    },
  }
}
