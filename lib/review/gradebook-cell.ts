import type { EffectiveWindow } from '@/lib/assignments/effective-window'
import { studentStatus, type AttemptSummary, type StudentStatus } from '@/lib/assignments/student-status'

// Pure: one gradebook cell (a student on an assignment) from what the database aggregated.

/** The latest submitted attempt of each quiz of the assignment, summed by the database. */
export interface SubmittedWork {
  questionSetIds: string[]
  /** Sum of the attempts' scores, each already after its late penalty. */
  score: number
  max: number
  isFinal: boolean
  /** The latest per-attempt release time when every attempt has one, else null. */
  releasedAt: Date | null
  lastSubmittedAt: Date | null
  latePenaltyPercent: number
}

export interface GradebookCell {
  score: number | null
  max: number | null
  quizzesSubmitted: number
  quizzesTotal: number
  status: StudentStatus
  isLate: boolean
  latePenaltyPercent: number
  /** Submitted, but some answer still awaits a grader: the score may go up. */
  isProvisional: boolean
  /** Anonymous grading is under way: scores stay hidden beside names until it is finished. */
  isScoreHidden: boolean
}

export function gradebookCell(input: {
  now: Date
  window: EffectiveWindow
  assignment: { questionSetIds: string[]; feedbackRelease: 'ON_SUBMIT' | 'AFTER_DUE' | 'MANUAL'; feedbackReleasedAt: Date | null }
  hasOpenedReading: boolean
  submitted: SubmittedWork | null
  hasInProgress: boolean
  isScoreHidden?: boolean
}): GradebookCell {
  const { submitted: s, assignment: a } = input
  // studentStatus asks whether *every* latest attempt is final / released and when the last one was
  // submitted. One summary per quiz carrying the aggregates answers those questions exactly as the
  // individual attempts would, without loading them.
  const attempts: AttemptSummary[] = (s?.questionSetIds ?? []).map((questionSetId) => ({
    questionSetId,
    status: 'SUBMITTED',
    submittedAt: s!.lastSubmittedAt,
    isScoreFinal: s!.isFinal,
    feedbackReleasedAt: s!.releasedAt,
  }))
  if (input.hasInProgress)
    attempts.push({ questionSetId: '', status: 'IN_PROGRESS', submittedAt: null, isScoreFinal: false, feedbackReleasedAt: null })
  const { status, isLate } = studentStatus({
    now: input.now,
    window: input.window,
    questionSetIds: a.questionSetIds,
    hasOpenedReading: input.hasOpenedReading,
    attempts,
    feedbackRelease: a.feedbackRelease,
    feedbackReleasedAt: a.feedbackReleasedAt,
  })
  const quizzesSubmitted = s ? s.questionSetIds.filter((id) => a.questionSetIds.includes(id)).length : 0
  const isHidden = input.isScoreHidden === true
  return {
    score: s && !isHidden ? s.score : null,
    max: s && !isHidden ? s.max : null,
    quizzesSubmitted,
    quizzesTotal: a.questionSetIds.length,
    status,
    isLate,
    latePenaltyPercent: s?.latePenaltyPercent ?? 0,
    isProvisional: s !== null && !s.isFinal && !isHidden,
    isScoreHidden: isHidden,
  }
}
