import { db } from '@/lib/db'
import { recordEvent, retryAfterMs, throttleKey } from '@/lib/auth/throttle'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { openQuiz } from '@/tests/factories'

// NUL and a lone high surrogate (the first half of an emoji cut in two): PostgreSQL refuses both.
const HOSTILE = 'Kim\u0000 said \uD83D'
const STORED = 'Kim said \uFFFD'

describe('text PostgreSQL cannot store, on every path to the database', () => {
  it('a name with NUL and a lone surrogate is stored cleaned, not refused', async () => {
    const user = await db.user.create({
      data: { email: 'nul@example.edu', name: HOSTILE, passwordHash: 'x' },
      select: { id: true, name: true },
    })
    expect(user.name).toBe(STORED)
    // Looking it up with the same hostile text finds it: filters are cleaned the same way.
    expect(await db.user.count({ where: { name: HOSTILE } })).toBe(1)
  })

  it('an autosaved answer holding such text is kept, cleaned, inside its JSON', async () => {
    const { student, assignment } = await openQuiz()
    const set = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set
    const { attemptId } = await startAttempt({ userId: student.id, assignmentId: assignment.id, questionSetId: set.id })
    const question = set.questions.find((q) => q.type === 'short' || q.type === 'essay')!
    await saveAnswer({ userId: student.id, attemptId, input: { questionId: question.id, answer: { text: HOSTILE }, seq: 1 } })
    const saved = await db.response.findFirstOrThrow({ where: { attemptId, questionId: question.id } })
    expect(saved.answer).toEqual({ text: STORED })
  })

  it('a raw query with such a value (a sign-in throttle keyed by a typed email) runs instead of failing', async () => {
    const bucket = { key: throttleKey.account(HOSTILE), limit: { capacity: 1, drainMs: 60_000 } }
    await recordEvent(bucket)
    expect(await retryAfterMs([bucket])).toBeGreaterThan(0)
  })
})
