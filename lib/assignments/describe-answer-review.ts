// Pure, and safe in the browser: the sentence under the assignment form's review settings, saying
// what students will see and when. It restates lib/quiz/answer-key-visibility.ts for a person;
// a change to one must change the other (their tests state the same cases).

import type { AnswerKeyRelease } from '@/lib/quiz/answer-key-visibility'

export type FeedbackRelease = 'ON_SUBMIT' | 'AFTER_DUE' | 'MANUAL'

export interface ReviewSettings {
  feedbackRelease: FeedbackRelease
  answerKeyRelease: AnswerKeyRelease
  attemptsAllowed: number
  latePolicy: 'CLOSE' | 'ACCEPT_WITH_PENALTY'
}

export function describeAnswerReview(s: ReviewSettings): string {
  const n = Number.isInteger(s.attemptsAllowed) && s.attemptsAllowed > 0 ? s.attemptsAllowed : 1
  const closes = s.latePolicy === 'CLOSE' ? 'the due date' : 'the late cutoff'
  const scoreWhen =
    s.feedbackRelease === 'ON_SUBMIT'
      ? n > 1
        ? 'after each attempt'
        : 'as soon as they submit'
      : s.feedbackRelease === 'AFTER_DUE'
        ? 'after the due date'
        : 'when you release feedback'
  // With the score released only at a due date that also closes the quiz, every rule agrees.
  const isClosedByScore = s.feedbackRelease === 'AFTER_DUE' && s.latePolicy === 'CLOSE'
  const isKeyWithScore =
    s.answerKeyRelease === 'WITH_FEEDBACK' || isClosedByScore || (s.answerKeyRelease === 'AFTER_LAST_ATTEMPT_OR_CLOSE' && n === 1)
  const who = n > 1 ? `With ${n} attempts, students` : 'Students'
  if (isKeyWithScore) {
    const warning =
      s.answerKeyRelease === 'WITH_FEEDBACK' && n > 1 && !isClosedByScore
        ? ' They can use the correct answers on their remaining attempts.'
        : ''
    return `${who} see their score, the correct answers and explanations ${scoreWhen}.${warning}`
  }
  const keyWhen = s.answerKeyRelease === 'AFTER_CLOSE' ? `only after ${closes}` : `only after their last attempt or ${closes}`
  const afterRelease = s.feedbackRelease === 'MANUAL' ? ', once you have released feedback' : ''
  return `${who} see their score ${scoreWhen}, and the correct answers and explanations ${keyWhen}${afterRelease}.`
}
