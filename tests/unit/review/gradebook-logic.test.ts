import { gradebookCell, type SubmittedWork } from '@/lib/review/gradebook-cell'
import { cellNotes, formatPoints } from '@/lib/review/cell-words'
import { findStudents, parseGradebookSort, sortGradebook } from '@/lib/review/sort-gradebook'
import type { GradebookRow } from '@/lib/review/gradebook'

const d = (iso: string) => new Date(iso)
const window = {
  opensAt: d('2027-03-01T00:00:00Z'),
  dueAt: d('2027-03-08T23:00:00Z'),
  closesAt: d('2027-03-10T23:00:00Z'),
  timeLimitMinutes: null,
  timeMultiplier: 1,
  isAdjusted: false,
}
const assignment = {
  questionSetIds: ['comprehension', 'evidence-and-argument'],
  feedbackRelease: 'MANUAL' as const,
  feedbackReleasedAt: null,
}
const work = (over: Partial<SubmittedWork> = {}): SubmittedWork => ({
  questionSetIds: ['comprehension', 'evidence-and-argument'],
  score: 40,
  max: 60,
  isFinal: true,
  releasedAt: null,
  lastSubmittedAt: d('2027-03-05T12:00:00Z'),
  latePenaltyPercent: 0,
  ...over,
})
const cell = (over: Partial<Parameters<typeof gradebookCell>[0]> = {}) =>
  gradebookCell({
    now: d('2027-03-06T12:00:00Z'),
    window,
    assignment,
    hasOpenedReading: true,
    submitted: work(),
    hasInProgress: false,
    ...over,
  })

describe('a gradebook cell', () => {
  it('is graded when every quiz is submitted and final, provisional while any awaits a grader', () => {
    expect(cell()).toMatchObject({ status: 'GRADED', score: 40, max: 60, isProvisional: false, quizzesSubmitted: 2 })
    expect(cell({ submitted: work({ isFinal: false }) })).toMatchObject({ status: 'SUBMITTED', isProvisional: true })
  })

  it('shows feedback as available by the assignment’s release or by every attempt’s own release', () => {
    expect(cell({ assignment: { ...assignment, feedbackReleasedAt: d('2027-03-06T00:00:00Z') } }).status).toBe('FEEDBACK_AVAILABLE')
    expect(cell({ submitted: work({ releasedAt: d('2027-03-06T00:00:00Z') }) }).status).toBe('FEEDBACK_AVAILABLE')
    expect(cell({ submitted: work({ releasedAt: d('2027-03-07T00:00:00Z') }) }).status).toBe('GRADED') // released later than now
  })

  it('is in progress while some quizzes are submitted and others not, and says how many', () => {
    const partial = cell({ submitted: work({ questionSetIds: ['comprehension'], score: 10, max: 30 }), hasInProgress: true })
    expect(partial).toMatchObject({ status: 'IN_PROGRESS', score: 10, quizzesSubmitted: 1, quizzesTotal: 2 })
    expect(cellNotes(partial)).toEqual(['In progress', '1 of 2 quizzes'])
  })

  it('is late when the last quiz came in after the due date, and overdue when nothing came in time', () => {
    const late = cell({
      submitted: work({ lastSubmittedAt: d('2027-03-09T10:00:00Z'), latePenaltyPercent: 10 }),
      now: d('2027-03-09T12:00:00Z'),
    })
    expect(late).toMatchObject({ isLate: true, latePenaltyPercent: 10 })
    expect(cellNotes(late)).toEqual(['Graded', 'late (−10%)'])
    const missing = cell({ submitted: null, hasOpenedReading: false, now: d('2027-03-11T00:00:00Z') })
    expect(missing).toMatchObject({ status: 'NOT_STARTED', isLate: true, score: null, isProvisional: false })
    expect(cellNotes(missing)).toEqual(['Not started', 'overdue'])
  })
})

describe('a cell under anonymous grading', () => {
  it('keeps its status but hides the score and says why', () => {
    const hidden = cell({ isScoreHidden: true, submitted: work({ isFinal: false }) })
    expect(hidden).toMatchObject({ score: null, max: null, status: 'SUBMITTED', isProvisional: false, isScoreHidden: true })
    expect(cellNotes(hidden)).toEqual(['Submitted', 'score hidden until anonymous grading is finished'])
  })
})

describe('points', () => {
  it('show at most two decimals and no trailing zeros', () => {
    expect(formatPoints(17)).toBe('17')
    expect(formatPoints(4.0833333)).toBe('4.08')
    expect(formatPoints(1.8)).toBe('1.8')
  })
})

describe('gradebook order', () => {
  const row = (name: string, score: number | null): GradebookRow => ({
    id: name,
    name,
    email: `${name}@x.test`,
    removedAt: null,
    scores: { a1: score },
    reading: {},
    cells: {
      a1: {
        score,
        max: score === null ? null : 10,
        quizzesSubmitted: 1,
        quizzesTotal: 1,
        status: 'GRADED',
        isLate: false,
        latePenaltyPercent: 0,
        isProvisional: false,
        isScoreHidden: false,
      },
    },
  })
  const rows = [row('bea', 7), row('Ada', null), row('Cal', 9), row('dan', 7)]

  it('accepts only a known sort key, falling back to names in ascending order', () => {
    expect(parseGradebookSort({ sort: 'a1', dir: 'desc' }, ['a1'])).toEqual({ key: 'a1', descending: true })
    expect(parseGradebookSort({ sort: 'nope', dir: 'sideways' }, ['a1'])).toEqual({ key: 'name', descending: false })
  })

  it('sorts names without regard to case', () => {
    expect(sortGradebook(rows, { key: 'name', descending: false }).map((r) => r.name)).toEqual(['Ada', 'bea', 'Cal', 'dan'])
  })

  it('sorts by score with ties by name and missing scores last either way', () => {
    expect(sortGradebook(rows, { key: 'a1', descending: true }).map((r) => r.name)).toEqual(['Cal', 'bea', 'dan', 'Ada'])
    expect(sortGradebook(rows, { key: 'a1', descending: false }).map((r) => r.name)).toEqual(['bea', 'dan', 'Cal', 'Ada'])
  })

  it('finds students by part of a name or email, ignoring case and accents, and keeps everyone for an empty search', () => {
    const people = [row('José Núñez', 1), row('Ana', 2), row('Cal', 3)]
    expect(findStudents(people, 'jose nu').map((r) => r.name)).toEqual(['José Núñez'])
    expect(findStudents(people, 'ANA@x').map((r) => r.name)).toEqual(['Ana'])
    expect(findStudents(people, 'zz')).toEqual([])
    expect(findStudents(people, '   ')).toHaveLength(3)
    expect(findStudents(people, undefined)).toHaveLength(3)
  })
})
