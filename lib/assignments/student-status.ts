// Pure: where one student stands on one assignment, for dashboards and the class overview.

export type StudentStatus = 'NOT_STARTED' | 'READING' | 'IN_PROGRESS' | 'SUBMITTED' | 'GRADED' | 'FEEDBACK_AVAILABLE'

export const STATUS_LABEL: Record<StudentStatus, string> = {
  NOT_STARTED: 'Not started',
  READING: 'Reading',
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  GRADED: 'Graded',
  FEEDBACK_AVAILABLE: 'Feedback available',
}

export type Timing = 'NOT_OPEN' | 'OPEN' | 'LATE' | 'CLOSED'

export interface AttemptSummary {
  questionSetId: string
  status: 'IN_PROGRESS' | 'SUBMITTED'
  submittedAt: Date | null
  isScoreFinal: boolean
  feedbackReleasedAt: Date | null
}

export interface StatusInput {
  now: Date
  window: { opensAt: Date; dueAt: Date; closesAt: Date }
  questionSetIds: string[]
  hasOpenedReading: boolean
  attempts: AttemptSummary[]
  feedbackRelease: 'ON_SUBMIT' | 'AFTER_DUE' | 'MANUAL'
  feedbackReleasedAt: Date | null
}

export function isFeedbackReleased(
  input: Pick<StatusInput, 'now' | 'window' | 'feedbackRelease' | 'feedbackReleasedAt'>,
  attempt: AttemptSummary,
): boolean {
  if (attempt.status !== 'SUBMITTED') return false
  if (attempt.feedbackReleasedAt && attempt.feedbackReleasedAt <= input.now) return true
  switch (input.feedbackRelease) {
    case 'ON_SUBMIT':
      return true
    case 'AFTER_DUE':
      return input.now >= input.window.dueAt
    case 'MANUAL':
      return input.feedbackReleasedAt !== null && input.feedbackReleasedAt <= input.now
  }
}

export function studentStatus(input: StatusInput): { status: StudentStatus; timing: Timing; isLate: boolean } {
  const submitted = input.attempts.filter((a) => a.status === 'SUBMITTED')
  const submittedSets = new Set(submitted.map((a) => a.questionSetId))
  const isComplete = input.questionSetIds.length > 0 && input.questionSetIds.every((id) => submittedSets.has(id))

  let status: StudentStatus = 'NOT_STARTED'
  if (isComplete) {
    const latest = input.questionSetIds.map((id) => submitted.filter((a) => a.questionSetId === id).at(-1)!)
    if (latest.every((a) => isFeedbackReleased(input, a))) status = 'FEEDBACK_AVAILABLE'
    else if (latest.every((a) => a.isScoreFinal)) status = 'GRADED'
    else status = 'SUBMITTED'
  } else if (input.attempts.length > 0) status = 'IN_PROGRESS'
  else if (input.hasOpenedReading) status = 'READING'

  const { now, window } = input
  const timing: Timing = now < window.opensAt ? 'NOT_OPEN' : now <= window.dueAt ? 'OPEN' : now <= window.closesAt ? 'LATE' : 'CLOSED'
  const lastSubmit = submitted.reduce<Date | null>((t, a) => (a.submittedAt && (!t || a.submittedAt > t) ? a.submittedAt : t), null)
  const isLate = isComplete ? lastSubmit !== null && lastSubmit > window.dueAt : timing === 'LATE' || timing === 'CLOSED'
  return { status, timing, isLate }
}
