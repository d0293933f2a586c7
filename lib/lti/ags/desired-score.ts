// Pure: what a course site's gradebook should say about one student on one Lectern assignment, now.
// The rule is the student's own: the platform is shown a score only when every quiz attempt that
// counts (the latest submitted one of each quiz, as in the gradebook) has its feedback released to
// the student (isFeedbackReleased, with their accommodated dates), and never while grading is
// anonymous. Posting earlier would show the student, in the course site, what Lectern still hides.

import { isFeedbackReleased, type AttemptSummary } from '@/lib/assignments/student-status'
import type { EffectiveWindow } from '@/lib/assignments/effective-window'
import { roundPoints } from '@/lib/quiz/points'
import { isGradingAnonymous } from '@/lib/review/grading/student-labels'

/** AGS 2.0 §3.4 score fields Lectern sends. */
export type ActivityProgress = 'Submitted' | 'Completed'
export type GradingProgress = 'FullyGraded' | 'PendingManual' | 'Pending'

export interface DesiredScore {
  /** Null while the score is hidden: the post then clears any score shown before. */
  scoreGiven: number | null
  scoreMaximum: number
  activityProgress: ActivityProgress
  gradingProgress: GradingProgress
}

export interface CountedAttempt extends AttemptSummary {
  number: number
  score: number | null
}

export interface ScoreInput {
  now: Date
  window: EffectiveWindow
  assignment: {
    questionSetIds: string[]
    feedbackRelease: 'ON_SUBMIT' | 'AFTER_DUE' | 'MANUAL'
    feedbackReleasedAt: Date | null
    anonymousGrading: boolean
    gradingFinishedAt: Date | null
  }
  /** The student's attempts on the assignment, any status. */
  attempts: CountedAttempt[]
  /** The assignment's full marks (the line item's maximum). */
  scoreMaximum: number
}

/** The latest submitted attempt of each of the assignment's quizzes: what counts, as in the gradebook. */
export function countedAttempts(questionSetIds: string[], attempts: CountedAttempt[]): CountedAttempt[] {
  return questionSetIds.flatMap((setId) => {
    const submitted = attempts.filter((a) => a.questionSetId === setId && a.status === 'SUBMITTED')
    return submitted.length === 0 ? [] : [submitted.reduce((a, b) => (b.number > a.number ? b : a))]
  })
}

/** Null when there is nothing to tell the platform: the student has submitted nothing. */
export function desiredScore(input: ScoreInput): DesiredScore | null {
  const { assignment } = input
  const counted = countedAttempts(assignment.questionSetIds, input.attempts)
  if (counted.length === 0) return null
  const activityProgress: ActivityProgress = counted.length === assignment.questionSetIds.length ? 'Completed' : 'Submitted'
  const release = {
    now: input.now,
    window: input.window,
    feedbackRelease: assignment.feedbackRelease,
    feedbackReleasedAt: assignment.feedbackReleasedAt,
  }
  const isShown = !isGradingAnonymous(assignment) && counted.every((a) => isFeedbackReleased(release, a))
  if (!isShown) return { scoreGiven: null, scoreMaximum: input.scoreMaximum, activityProgress, gradingProgress: 'Pending' }
  return {
    scoreGiven: roundPoints(counted.reduce((sum, a) => sum + (a.score ?? 0), 0)),
    scoreMaximum: input.scoreMaximum,
    activityProgress,
    gradingProgress: counted.every((a) => a.isScoreFinal) ? 'FullyGraded' : 'PendingManual',
  }
}

/** Whether two desired scores would post the same thing. */
export function sameScore(a: DesiredScore, b: DesiredScore): boolean {
  return (
    a.scoreGiven === b.scoreGiven &&
    a.scoreMaximum === b.scoreMaximum &&
    a.activityProgress === b.activityProgress &&
    a.gradingProgress === b.gradingProgress
  )
}
