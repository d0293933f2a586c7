import { describeAnswerReview, type ReviewSettings } from '@/lib/assignments/describe-answer-review'

const base: ReviewSettings = {
  feedbackRelease: 'ON_SUBMIT',
  answerKeyRelease: 'AFTER_LAST_ATTEMPT_OR_CLOSE',
  attemptsAllowed: 3,
  latePolicy: 'CLOSE',
}

describe('the sentence that tells an instructor what students will see', () => {
  it.each<[string, Partial<ReviewSettings>, string]>([
    [
      'with attempts left, the score comes after each attempt and the key after the last or the due date',
      {},
      'With 3 attempts, students see their score after each attempt, and the correct answers and explanations only after their last attempt or the due date.',
    ],
    [
      'with one attempt, the key comes with the score',
      { attemptsAllowed: 1 },
      'Students see their score, the correct answers and explanations as soon as they submit.',
    ],
    [
      'with late work accepted, the key waits for the late cutoff',
      { latePolicy: 'ACCEPT_WITH_PENALTY' },
      'With 3 attempts, students see their score after each attempt, and the correct answers and explanations only after their last attempt or the late cutoff.',
    ],
    [
      '"after close" waits for the due date even after the last attempt',
      { answerKeyRelease: 'AFTER_CLOSE', attemptsAllowed: 1 },
      'Students see their score as soon as they submit, and the correct answers and explanations only after the due date.',
    ],
    [
      '"with feedback" warns that later attempts can use the key',
      { answerKeyRelease: 'WITH_FEEDBACK' },
      'With 3 attempts, students see their score, the correct answers and explanations after each attempt. They can use the correct answers on their remaining attempts.',
    ],
    [
      'feedback released by hand still gates the key',
      { feedbackRelease: 'MANUAL' },
      'With 3 attempts, students see their score when you release feedback, and the correct answers and explanations only after their last attempt or the due date, once you have released feedback.',
    ],
    [
      'feedback after a due date that closes the quiz brings everything at once',
      { feedbackRelease: 'AFTER_DUE' },
      'With 3 attempts, students see their score, the correct answers and explanations after the due date.',
    ],
  ])('%s', (_rule, overrides, expected) => {
    expect(describeAnswerReview({ ...base, ...overrides })).toBe(expected)
  })
})
