import 'server-only'

// Pure: whether a student may see the answer key of one submitted attempt — the correct answers,
// the explanations and the per-choice feedback, which give the answers away. The score is not the
// key: it follows the assignment's feedback release alone. This is the one place the rule lives;
// every view that could show a key to a student asks it (docs/decisions/011-answer-review.md).

export type AnswerKeyRelease = 'AFTER_LAST_ATTEMPT_OR_CLOSE' | 'AFTER_CLOSE' | 'WITH_FEEDBACK'

export interface AnswerKeyInput {
  now: Date
  answerKeyRelease: AnswerKeyRelease
  /** The attempt's feedback is released (lib/assignments/student-status.ts isFeedbackReleased). */
  isFeedbackReleased: boolean
  /** This student's attempts at this quiz (one question set), after any accommodation. */
  attemptsAllowed: number
  submittedAttempts: number
  hasAttemptInProgress: boolean
  /** This student's closing time (effective-window.ts): the due date, or the late cutoff, as extended for them. */
  closesAt: Date
}

/** Why the key is still withheld, so the page can say when it will appear. */
export type KeyWithheldUntil = 'FEEDBACK' | 'ATTEMPT_IN_PROGRESS' | 'LAST_ATTEMPT_OR_CLOSE' | 'CLOSE'

export type AnswerKeyVisibility = { isShown: true } | { isShown: false; until: KeyWithheldUntil }

export function answerKeyVisibility(input: AnswerKeyInput): AnswerKeyVisibility {
  // The key is part of the results: never before the score itself is released.
  if (!input.isFeedbackReleased) return { isShown: false, until: 'FEEDBACK' }
  // The instructor chose to show it with the feedback, knowing later attempts can use it.
  if (input.answerKeyRelease === 'WITH_FEEDBACK') return { isShown: true }
  // Closing is not enough while an attempt runs: extra time may carry it past the closing time.
  if (input.hasAttemptInProgress) return { isShown: false, until: 'ATTEMPT_IN_PROGRESS' }
  const isClosed = input.now >= input.closesAt
  if (input.answerKeyRelease === 'AFTER_CLOSE') return isClosed ? { isShown: true } : { isShown: false, until: 'CLOSE' }
  const hasNoAttemptsLeft = input.submittedAttempts >= input.attemptsAllowed
  return isClosed || hasNoAttemptsLeft ? { isShown: true } : { isShown: false, until: 'LAST_ATTEMPT_OR_CLOSE' }
}
