import { answerKeyVisibility, type AnswerKeyInput } from '@/lib/quiz/answer-key-visibility'

const now = new Date('2027-03-10T12:00:00Z')
const later = new Date('2027-03-12T12:00:00Z')
const earlier = new Date('2027-03-08T12:00:00Z')

// Three attempts, one submitted, results released, the quiz still open: the case the review found.
const base: AnswerKeyInput = {
  now,
  answerKeyRelease: 'AFTER_LAST_ATTEMPT_OR_CLOSE',
  isFeedbackReleased: true,
  attemptsAllowed: 3,
  submittedAttempts: 1,
  hasAttemptInProgress: false,
  closesAt: later,
}

describe('when a student may see the answer key', () => {
  it.each<[string, Partial<AnswerKeyInput>, ReturnType<typeof answerKeyVisibility>]>([
    [
      'the answer key is withheld while attempts remain and the quiz has not closed',
      {},
      { isShown: false, until: 'LAST_ATTEMPT_OR_CLOSE' },
    ],
    ['the answer key is shown after the last attempt', { submittedAttempts: 3 }, { isShown: true }],
    ['the answer key is shown with the only attempt', { attemptsAllowed: 1 }, { isShown: true }],
    ['the answer key is shown once the quiz has closed, even with attempts unused', { closesAt: earlier }, { isShown: true }],
    ['the answer key is shown at the closing time exactly', { closesAt: now }, { isShown: true }],
    [
      'the answer key waits for the released feedback, whatever the setting',
      { isFeedbackReleased: false, submittedAttempts: 3, closesAt: earlier },
      { isShown: false, until: 'FEEDBACK' },
    ],
    [
      'the answer key waits for the feedback even when shown with it',
      { isFeedbackReleased: false, answerKeyRelease: 'WITH_FEEDBACK' },
      { isShown: false, until: 'FEEDBACK' },
    ],
    [
      'the answer key is withheld while another attempt is in progress, even after the closing time',
      { hasAttemptInProgress: true, submittedAttempts: 2, closesAt: earlier },
      { isShown: false, until: 'ATTEMPT_IN_PROGRESS' },
    ],
    [
      'an extended closing time keeps the answer key withheld for that student',
      { closesAt: later },
      { isShown: false, until: 'LAST_ATTEMPT_OR_CLOSE' },
    ],
    [
      'extra attempts keep the answer key withheld after the class’s number of attempts',
      { attemptsAllowed: 4, submittedAttempts: 3 },
      { isShown: false, until: 'LAST_ATTEMPT_OR_CLOSE' },
    ],
    [
      '"after close" withholds the answer key after the last attempt',
      { answerKeyRelease: 'AFTER_CLOSE', submittedAttempts: 3 },
      { isShown: false, until: 'CLOSE' },
    ],
    [
      '"after close" shows the answer key once the quiz has closed',
      { answerKeyRelease: 'AFTER_CLOSE', closesAt: earlier },
      { isShown: true },
    ],
    [
      '"with feedback" shows the answer key while attempts remain: the instructor chose it',
      { answerKeyRelease: 'WITH_FEEDBACK' },
      { isShown: true },
    ],
  ])('%s', (_rule, overrides, expected) => {
    expect(answerKeyVisibility({ ...base, ...overrides })).toEqual(expected)
  })
})
