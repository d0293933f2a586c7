import { studentStatus, type AttemptSummary, type StatusInput } from '@/lib/assignments/student-status'

const d = (iso: string) => new Date(iso)
const window = { opensAt: d('2027-03-01T00:00:00Z'), dueAt: d('2027-03-08T23:00:00Z'), closesAt: d('2027-03-10T23:00:00Z') }
const base: StatusInput = {
  now: d('2027-03-05T12:00:00Z'),
  window,
  questionSetIds: ['comprehension'],
  hasOpenedReading: false,
  attempts: [],
  feedbackRelease: 'MANUAL',
  feedbackReleasedAt: null,
}
const submitted = (over: Partial<AttemptSummary> = {}): AttemptSummary => ({
  questionSetId: 'comprehension',
  status: 'SUBMITTED',
  submittedAt: d('2027-03-04T12:00:00Z'),
  isScoreFinal: false,
  feedbackReleasedAt: null,
  ...over,
})

describe('a student’s status on an assignment', () => {
  it('moves from not started to reading to in progress to submitted', () => {
    expect(studentStatus(base).status).toBe('NOT_STARTED')
    expect(studentStatus({ ...base, hasOpenedReading: true }).status).toBe('READING')
    expect(studentStatus({ ...base, attempts: [{ ...submitted(), status: 'IN_PROGRESS', submittedAt: null }] }).status).toBe('IN_PROGRESS')
    expect(studentStatus({ ...base, attempts: [submitted()] }).status).toBe('SUBMITTED')
  })

  it('is in progress until every quiz of the assignment is submitted', () => {
    expect(studentStatus({ ...base, questionSetIds: ['comprehension', 'sourcing'], attempts: [submitted()] }).status).toBe('IN_PROGRESS')
  })

  it('is graded once every manual item is graded, and feedback available once released', () => {
    expect(studentStatus({ ...base, attempts: [submitted({ isScoreFinal: true })] }).status).toBe('GRADED')
    expect(
      studentStatus({ ...base, attempts: [submitted({ isScoreFinal: true })], feedbackReleasedAt: d('2027-03-05T00:00:00Z') }).status,
    ).toBe('FEEDBACK_AVAILABLE')
  })

  it('follows the release policy: on submit at once, after the due date only then', () => {
    expect(studentStatus({ ...base, feedbackRelease: 'ON_SUBMIT', attempts: [submitted()] }).status).toBe('FEEDBACK_AVAILABLE')
    expect(studentStatus({ ...base, feedbackRelease: 'AFTER_DUE', attempts: [submitted()] }).status).toBe('SUBMITTED')
    expect(studentStatus({ ...base, feedbackRelease: 'AFTER_DUE', attempts: [submitted()], now: d('2027-03-09T00:00:00Z') }).status).toBe(
      'FEEDBACK_AVAILABLE',
    )
  })

  it('marks the timing: not open, open, late (still accepted), closed', () => {
    expect(studentStatus({ ...base, now: d('2027-02-28T00:00:00Z') }).timing).toBe('NOT_OPEN')
    expect(studentStatus(base)).toMatchObject({ timing: 'OPEN', isLate: false })
    expect(studentStatus({ ...base, now: d('2027-03-09T10:00:00Z') })).toMatchObject({ timing: 'LATE', isLate: true })
    expect(studentStatus({ ...base, now: d('2027-03-11T10:00:00Z') })).toMatchObject({ timing: 'CLOSED', isLate: true })
  })

  it('calls a submission late only if it came after the due date', () => {
    const after = d('2027-03-11T00:00:00Z')
    expect(studentStatus({ ...base, now: after, attempts: [submitted()] }).isLate).toBe(false)
    expect(studentStatus({ ...base, now: after, attempts: [submitted({ submittedAt: d('2027-03-09T01:00:00Z') })] }).isLate).toBe(true)
  })
})
