import { db } from '@/lib/db'
import { getAttemptView } from '@/lib/quiz/get-attempt-view'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { submitAttempt, submitByStudent, submitExpiredAttempts } from '@/lib/quiz/submit-attempt'
import { removeStudent } from '@/lib/classes/remove-student'
import { createUser, openQuiz } from '@/tests/factories'
import { ATTEMPT_LIMIT } from '@/lib/auth/throttle'

const MIN = 60_000
const comprehension = (await loadQuestionSet('batmunkh-kim-1986', 'comprehension')).set
const firstSingle = comprehension.questions.find((q) => q.type === 'single')!
if (firstSingle.type !== 'single') throw new Error('needs a single-choice question')
const wrongChoice = firstSingle.choices.find((c) => c.id !== firstSingle.correct)!.id

async function started(overrides: Record<string, unknown> = {}) {
  const ctx = await openQuiz(overrides)
  const { attemptId } = await startAttempt({ userId: ctx.student.id, assignmentId: ctx.assignment.id, questionSetId: 'comprehension' })
  return { ...ctx, attemptId }
}

describe('a closed class', () => {
  it('a student of an archived class can no longer autosave, as on every other page of that class', async () => {
    const { student, klass, attemptId } = await started()
    await db.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } })
    await expect(
      saveAnswer({ userId: student.id, attemptId, input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 1 } }),
    ).rejects.toThrow('Attempt not found.')
  })
})

describe('starting an attempt', () => {
  it('records the version of every question shown, and snapshots each version', async () => {
    const { attemptId } = await started()
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
    const versions = attempt.questionVersions as Record<string, string>
    expect(Object.keys(versions)).toHaveLength(comprehension.questions.length)
    expect(await db.questionVersion.count({ where: { hash: { in: Object.values(versions) } } })).toBe(comprehension.questions.length)
    expect(attempt.maxScore).toBe(comprehension.questions.reduce((s, q) => s + q.points, 0))
  })

  it('resumes the attempt in progress instead of starting another', async () => {
    const { student, assignment, attemptId } = await started()
    await expect(startAttempt({ userId: student.id, assignmentId: assignment.id, questionSetId: 'comprehension' })).resolves.toEqual({
      attemptId,
      isResumed: true,
    })
  })

  it('two simultaneous starts end with one attempt, which both receive', async () => {
    const { student, assignment } = await openQuiz()
    const results = await Promise.all(
      [1, 2, 3].map(() => startAttempt({ userId: student.id, assignmentId: assignment.id, questionSetId: 'comprehension' })),
    )
    expect(new Set(results.map((r) => r.attemptId)).size).toBe(1)
    expect(await db.attempt.count({ where: { assignmentId: assignment.id, userId: student.id } })).toBe(1)
  })

  it('allows one quiz in progress per assignment', async () => {
    const { student, assignment } = await started()
    await expect(startAttempt({ userId: student.id, assignmentId: assignment.id, questionSetId: 'evidence-and-argument' })).rejects.toThrow(
      /another quiz of this assignment in progress/,
    )
  })

  it('respects opening, closing and the number of attempts allowed', async () => {
    const notYet = await openQuiz({ opensAt: new Date(Date.now() + 60 * MIN), dueAt: new Date(Date.now() + 120 * MIN) })
    await expect(
      startAttempt({ userId: notYet.student.id, assignmentId: notYet.assignment.id, questionSetId: 'comprehension' }),
    ).rejects.toThrow(/not opened yet/)
    const closed = await openQuiz({ opensAt: new Date(Date.now() - 120 * MIN), dueAt: new Date(Date.now() - 60 * MIN) })
    await expect(
      startAttempt({ userId: closed.student.id, assignmentId: closed.assignment.id, questionSetId: 'comprehension' }),
    ).rejects.toThrow(/has closed/)
    const once = await started({ attemptsAllowed: 1 })
    await submitAttempt({ userId: once.student.id, attemptId: once.attemptId })
    await expect(
      startAttempt({ userId: once.student.id, assignmentId: once.assignment.id, questionSetId: 'comprehension' }),
    ).rejects.toThrow(/used all 1 attempt/)
  })

  it('refuses a quiz that is not part of the assignment, and students outside the class', async () => {
    const { student, assignment } = await openQuiz()
    await expect(startAttempt({ userId: student.id, assignmentId: assignment.id, questionSetId: 'pre-reading' })).rejects.toThrow(
      /not part of this assignment/,
    )
    const outsider = await createUser()
    await expect(startAttempt({ userId: outsider.id, assignmentId: assignment.id, questionSetId: 'comprehension' })).rejects.toThrow(
      'Assignment not found.',
    )
  })

  it('sets a server-clock deadline from the time limit and the student’s multiplier', async () => {
    const ctx = await openQuiz({ timeLimitMinutes: 30 })
    await db.accommodation.create({ data: { assignmentId: ctx.assignment.id, userId: ctx.student.id, timeMultiplier: 1.5 } })
    const now = new Date()
    const { attemptId } = await startAttempt({
      userId: ctx.student.id,
      assignmentId: ctx.assignment.id,
      questionSetId: 'comprehension',
      now,
    })
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
    expect(attempt.deadlineAt!.getTime() - now.getTime()).toBe(45 * MIN)
  })
})

describe('autosaving answers', () => {
  it('stores an answer and returns its sequence number', async () => {
    const { student, attemptId } = await started()
    const result = await saveAnswer({
      userId: student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 100 },
    })
    expect(result).toMatchObject({ status: 'saved', seq: 100 })
  })

  it('never lets a stale save overwrite a newer one, even when it arrives later', async () => {
    const { student, attemptId } = await started()
    await saveAnswer({
      userId: student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: firstSingle.correct }, seq: 200 },
    })
    const stale = await saveAnswer({
      userId: student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 150 },
    })
    expect(stale).toEqual({ status: 'stale', seq: 200, answer: { choice: firstSingle.correct } })
    const same = await saveAnswer({
      userId: student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 200 },
    })
    expect(same.status).toBe('stale')
    const stored = await db.response.findFirstOrThrow({ where: { attemptId, questionId: firstSingle.id } })
    expect(stored.answer).toEqual({ choice: firstSingle.correct })
  })

  it('keeps the highest sequence when saves race', async () => {
    const { student, attemptId } = await started()
    const choices = firstSingle.choices.map((c) => c.id)
    await Promise.all(
      choices.map((choice, i) =>
        saveAnswer({ userId: student.id, attemptId, input: { questionId: firstSingle.id, answer: { choice }, seq: 1000 + i } }),
      ),
    )
    const stored = await db.response.findFirstOrThrow({ where: { attemptId, questionId: firstSingle.id } })
    expect(stored).toMatchObject({ seq: BigInt(1000 + choices.length - 1), answer: { choice: choices.at(-1) } })
  })

  const badSaves: [string, unknown, RegExp][] = [
    [
      'an unknown question id',
      { questionId: 'no-such-question', answer: { choice: 'a' }, seq: 5 },
      /There is no question “no-such-question”/,
    ],
    ['an answer of the wrong shape', { questionId: firstSingle.id, answer: { text: 'hello' }, seq: 5 }, /does not fit a single question/],
    [
      'a choice the question does not offer',
      { questionId: firstSingle.id, answer: { choice: 'zzz' }, seq: 5 },
      /not one of this question’s options/,
    ],
    [
      'a missing sequence number',
      { questionId: firstSingle.id, answer: { choice: wrongChoice } },
      /needs a question, an answer and a sequence number/,
    ],
    ['an extra field', { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 5, score: 100 }, /was not understood/],
  ]
  it.each(badSaves)('rejects %s with a clear error and stores nothing', async (_label, input, message) => {
    const { student, attemptId } = await started()
    await expect(saveAnswer({ userId: student.id, attemptId, input })).rejects.toThrow(message)
    expect(await db.response.count({ where: { attemptId } })).toBe(0)
  })

  it('caps over-long text and stores HTML exactly as typed', async () => {
    const { student, assignment } = await openQuiz()
    const { attemptId } = await startAttempt({ userId: student.id, assignmentId: assignment.id, questionSetId: 'evidence-and-argument' })
    const shortQ = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set.questions.find((q) => q.type === 'short')!
    await expect(
      saveAnswer({ userId: student.id, attemptId, input: { questionId: shortQ.id, answer: { text: 'x'.repeat(5001) }, seq: 1 } }),
    ).rejects.toThrow(/at most 5,000 characters/)
    const html = '<img src=x onerror=alert(1)> Batmunkh arrived on 18 November'
    await saveAnswer({ userId: student.id, attemptId, input: { questionId: shortQ.id, answer: { text: html }, seq: 2 } })
    expect((await db.response.findFirstOrThrow({ where: { attemptId, questionId: shortQ.id } })).answer).toEqual({ text: html })
  })

  it('another student cannot save into the attempt', async () => {
    const { attemptId } = await started()
    const other = await createUser()
    await expect(
      saveAnswer({ userId: other.id, attemptId, input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 1 } }),
    ).rejects.toThrow('Attempt not found.')
  })

  it('a removed student can no longer save', async () => {
    const { student, instructor, klass, attemptId } = await started()
    await removeStudent({ userId: instructor.id, classId: klass.id, studentId: student.id })
    await expect(
      saveAnswer({ userId: student.id, attemptId, input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 1 } }),
    ).rejects.toThrow('Attempt not found.')
  })
})

describe('autosave rate limit', () => {
  it('an attempt takes ATTEMPT_LIMIT.capacity saves at once; the next is refused with a wait and writes nothing, and saves flow again once the bucket drains', async () => {
    const { student, attemptId } = await started()
    const now = new Date()
    const save = (seq: number, at = now) =>
      saveAnswer({ userId: student.id, attemptId, now: at, input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq } })
    for (let i = 1; i <= ATTEMPT_LIMIT.capacity; i++) await expect(save(i)).resolves.toMatchObject({ status: 'saved', seq: i })
    const refused = await save(ATTEMPT_LIMIT.capacity + 1).catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 })
    const stored = await db.response.findFirstOrThrow({ where: { attemptId, questionId: firstSingle.id }, select: { seq: true } })
    expect(Number(stored.seq)).toBe(ATTEMPT_LIMIT.capacity)
    const later = new Date(now.getTime() + ATTEMPT_LIMIT.drainMs * 2)
    await expect(save(ATTEMPT_LIMIT.capacity + 2, later)).resolves.toMatchObject({ status: 'saved' })
  })

  it('a student’s submit counts in the same bucket: with it full, submit is refused with a wait and the attempt stays open', async () => {
    const { student, attemptId } = await started()
    const now = new Date()
    for (let i = 1; i <= ATTEMPT_LIMIT.capacity; i++) {
      await saveAnswer({
        userId: student.id,
        attemptId,
        now,
        input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: i },
      })
    }
    await expect(submitByStudent({ userId: student.id, attemptId, now })).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe('IN_PROGRESS')
  })

  it('saves naming another student’s attempt fill only the sender’s bucket, never the owner’s', async () => {
    const { student, attemptId } = await started()
    const intruder = await createUser()
    const now = new Date()
    for (let i = 1; i <= ATTEMPT_LIMIT.capacity + 5; i++) {
      await saveAnswer({
        userId: intruder.id,
        attemptId,
        now,
        input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: i },
      }).catch(() => undefined)
    }
    await expect(
      saveAnswer({ userId: student.id, attemptId, now, input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 1 } }),
    ).resolves.toMatchObject({ status: 'saved' })
  })

  it('another attempt has its own bucket', async () => {
    const a = await started()
    const b = await started()
    const now = new Date()
    for (let i = 1; i <= ATTEMPT_LIMIT.capacity + 1; i++) {
      await saveAnswer({
        userId: a.student.id,
        attemptId: a.attemptId,
        now,
        input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: i },
      }).catch(() => undefined)
    }
    await expect(
      saveAnswer({
        userId: b.student.id,
        attemptId: b.attemptId,
        now,
        input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 1 },
      }),
    ).resolves.toMatchObject({ status: 'saved' })
  })
})

describe('submitting', () => {
  it('scores auto-graded questions and marks the score final when nothing needs a grader', async () => {
    const { student, attemptId } = await started()
    await saveAnswer({
      userId: student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: firstSingle.correct }, seq: 1 },
    })
    await expect(submitAttempt({ userId: student.id, attemptId })).resolves.toEqual({ attemptId, isNewSubmission: true })
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })
    expect(attempt).toMatchObject({ status: 'SUBMITTED', score: firstSingle.points, isScoreFinal: true, autoSubmitted: false })
    // Each answer carries its own score too (written in one statement for all the attempt's answers).
    const response = await db.response.findFirstOrThrow({ where: { attemptId, questionId: firstSingle.id } })
    expect(response).toMatchObject({ score: firstSingle.points, autoScore: firstSingle.points })
  })

  it('leaves the score provisional while short answers await the instructor', async () => {
    const { student, assignment } = await openQuiz()
    const { attemptId } = await startAttempt({ userId: student.id, assignmentId: assignment.id, questionSetId: 'evidence-and-argument' })
    const shortQ = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set.questions.find((q) => q.type === 'short')!
    await saveAnswer({ userId: student.id, attemptId, input: { questionId: shortQ.id, answer: { text: 'An answer to grade.' }, seq: 1 } })
    await submitAttempt({ userId: student.id, attemptId })
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).isScoreFinal).toBe(false)
    const short = await db.response.findFirstOrThrow({ where: { attemptId, questionId: shortQ.id } })
    expect(short.score).toBeNull()
    expect(short.autoScore).not.toBeNull() // the suggested score, for the grader
  })

  it('submitting twice at once yields exactly one submission', async () => {
    const { student, attemptId } = await started()
    const results = await Promise.all([submitAttempt({ userId: student.id, attemptId }), submitAttempt({ userId: student.id, attemptId })])
    expect(results.filter((r) => r.isNewSubmission)).toHaveLength(1)
  })

  it('a save after submission is refused and changes nothing', async () => {
    const { student, attemptId } = await started()
    await saveAnswer({
      userId: student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: firstSingle.correct }, seq: 1 },
    })
    await submitAttempt({ userId: student.id, attemptId })
    const before = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } })
    await expect(
      saveAnswer({ userId: student.id, attemptId, input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 99 } }),
    ).rejects.toThrow(/has been submitted/)
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } })).toEqual(before)
  })

  it('at the deadline the attempt is submitted with what was saved, as of the deadline', async () => {
    const ctx = await openQuiz({ timeLimitMinutes: 10 })
    const start = new Date(Date.now() - 30 * MIN)
    const { attemptId } = await startAttempt({
      userId: ctx.student.id,
      assignmentId: ctx.assignment.id,
      questionSetId: 'comprehension',
      now: start,
    })
    await saveAnswer({
      userId: ctx.student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: firstSingle.correct }, seq: 1 },
      now: new Date(start.getTime() + 5 * MIN),
    })
    await expect(
      saveAnswer({ userId: ctx.student.id, attemptId, input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 2 } }),
    ).rejects.toThrow(/Time is up/)
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } })
    expect(attempt).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true, submittedAt: new Date(start.getTime() + 10 * MIN) })
    expect(attempt.responses[0].answer).toEqual({ choice: firstSingle.correct })
  })

  it('expired attempts are swept into submission when quizzes are next loaded', async () => {
    const ctx = await openQuiz({ timeLimitMinutes: 5 })
    await startAttempt({
      userId: ctx.student.id,
      assignmentId: ctx.assignment.id,
      questionSetId: 'comprehension',
      now: new Date(Date.now() - 20 * MIN),
    })
    expect(await submitExpiredAttempts({ userId: ctx.student.id })).toBe(1)
    expect(await db.attempt.count({ where: { userId: ctx.student.id, status: 'SUBMITTED', autoSubmitted: true } })).toBe(1)
  })

  it('applies the late penalty per day late when late work is accepted', async () => {
    const now = Date.now()
    const ctx = await openQuiz({
      opensAt: new Date(now - 5 * 24 * 60 * MIN),
      dueAt: new Date(now - 26 * 60 * MIN),
      lateCutoffAt: new Date(now + 24 * 60 * MIN),
      latePolicy: 'ACCEPT_WITH_PENALTY',
      latePenaltyPercentPerDay: 10,
    })
    const { attemptId } = await startAttempt({ userId: ctx.student.id, assignmentId: ctx.assignment.id, questionSetId: 'comprehension' })
    await saveAnswer({
      userId: ctx.student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: firstSingle.correct }, seq: 1 },
    })
    await submitAttempt({ userId: ctx.student.id, attemptId })
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      latePenaltyPercent: 20,
      score: firstSingle.points * 0.8,
    })
  })
})

describe('reviewing results while attempts remain', () => {
  const DAY = 24 * 60 * MIN
  // Everything of the key that could reach a student's browser: explanations, per-choice feedback
  // (which says which choice is right) and model answers.
  const keyTexts = comprehension.questions.flatMap((q) => [
    q.explanation,
    ...(q.type === 'single' || q.type === 'multiple' ? q.choices.map((c) => c.feedback) : []),
    ...(q.type === 'true-false-because' ? q.because.map((c) => c.feedback) : []),
    ...(q.type === 'short' ? [q.modelAnswer] : []),
  ])
  const leakedKeyTexts = (view: unknown) => keyTexts.filter((text) => JSON.stringify(view).includes(JSON.stringify(text).slice(1, -1)))

  async function submitOne(ctx: { student: { id: string }; assignment: { id: string } }, now?: Date) {
    const { attemptId } = await startAttempt({
      userId: ctx.student.id,
      assignmentId: ctx.assignment.id,
      questionSetId: 'comprehension',
      now,
    })
    await saveAnswer({
      userId: ctx.student.id,
      attemptId,
      input: { questionId: firstSingle.id, answer: { choice: wrongChoice }, seq: 1 },
      now,
    })
    await submitAttempt({ userId: ctx.student.id, attemptId, now })
    return attemptId
  }

  it('the answer key is withheld while attempts remain and the due date has not passed: attempt 2 cannot see attempt 1’s key', async () => {
    const ctx = await openQuiz({ attemptsAllowed: 3, feedbackRelease: 'ON_SUBMIT' })
    const first = await submitOne(ctx)
    const afterFirst = await getAttemptView({ userId: ctx.student.id, attemptId: first })
    // The score is released on submit; the key is not.
    expect(afterFirst?.results?.score).toBe(0)
    expect(afterFirst?.answerKey).toEqual({ isShown: false, until: 'LAST_ATTEMPT_OR_CLOSE' })
    expect(Object.values(afterFirst!.results!.perQuestion).every((r) => r.review === null)).toBe(true)
    expect(leakedKeyTexts(afterFirst)).toEqual([])

    const { attemptId: second } = await startAttempt({
      userId: ctx.student.id,
      assignmentId: ctx.assignment.id,
      questionSetId: 'comprehension',
    })
    for (const attemptId of [first, second]) {
      const view = await getAttemptView({ userId: ctx.student.id, attemptId })
      expect(view?.answerKey.isShown).toBe(false)
      expect(leakedKeyTexts(view)).toEqual([])
    }
  })

  it('the answer key is withheld while another attempt is in progress, even once the quiz has closed', async () => {
    const ctx = await openQuiz({ attemptsAllowed: 3, timeLimitMinutes: 60 })
    const first = await submitOne(ctx)
    await startAttempt({ userId: ctx.student.id, assignmentId: ctx.assignment.id, questionSetId: 'comprehension' })
    const afterClosing = new Date(ctx.assignment.dueAt.getTime() + MIN)
    await db.attempt.updateMany({
      where: { userId: ctx.student.id, status: 'IN_PROGRESS' },
      data: { deadlineAt: new Date(afterClosing.getTime() + 30 * MIN) },
    })
    expect((await getAttemptView({ userId: ctx.student.id, attemptId: first, now: afterClosing }))?.answerKey).toEqual({
      isShown: false,
      until: 'ATTEMPT_IN_PROGRESS',
    })
  })

  it('the answer key appears on every attempt after the last attempt is submitted', async () => {
    const ctx = await openQuiz({ attemptsAllowed: 2 })
    const first = await submitOne(ctx)
    expect((await getAttemptView({ userId: ctx.student.id, attemptId: first }))?.answerKey.isShown).toBe(false)
    const second = await submitOne(ctx)
    for (const attemptId of [first, second]) {
      const view = await getAttemptView({ userId: ctx.student.id, attemptId })
      expect(view?.answerKey).toEqual({ isShown: true })
      expect(view?.results?.perQuestion[firstSingle.id].review).toMatchObject({
        key: { type: 'single', correct: firstSingle.correct },
        explanation: firstSingle.explanation,
      })
    }
  })

  it('the answer key appears after the due date, but not before that student’s extended due date', async () => {
    const ctx = await openQuiz({ attemptsAllowed: 3 })
    const first = await submitOne(ctx)
    const afterDue = new Date(ctx.assignment.dueAt.getTime() + MIN)
    expect((await getAttemptView({ userId: ctx.student.id, attemptId: first, now: afterDue }))?.answerKey).toEqual({ isShown: true })
    await db.accommodation.create({
      data: { assignmentId: ctx.assignment.id, userId: ctx.student.id, dueAt: new Date(ctx.assignment.dueAt.getTime() + 2 * DAY) },
    })
    const extended = await getAttemptView({ userId: ctx.student.id, attemptId: first, now: afterDue })
    expect(extended?.answerKey.isShown).toBe(false)
    expect(leakedKeyTexts(extended)).toEqual([])
  })

  it('with late work accepted, the answer key waits for the late cutoff rather than the due date', async () => {
    const ctx = await openQuiz({
      attemptsAllowed: 3,
      latePolicy: 'ACCEPT_WITH_PENALTY',
      lateCutoffAt: new Date(Date.now() + 8 * DAY),
      latePenaltyPercentPerDay: 10,
    })
    const first = await submitOne(ctx)
    const afterDue = new Date(ctx.assignment.dueAt.getTime() + MIN)
    expect((await getAttemptView({ userId: ctx.student.id, attemptId: first, now: afterDue }))?.answerKey.isShown).toBe(false)
    expect(
      (await getAttemptView({ userId: ctx.student.id, attemptId: first, now: new Date(Date.now() + 9 * DAY) }))?.answerKey.isShown,
    ).toBe(true)
  })

  it('an instructor who chooses to show the key with the feedback gets the old behaviour', async () => {
    const ctx = await openQuiz({ attemptsAllowed: 3, answerKeyRelease: 'WITH_FEEDBACK' })
    const view = await getAttemptView({ userId: ctx.student.id, attemptId: await submitOne(ctx) })
    expect(view?.answerKey).toEqual({ isShown: true })
    expect(view?.results?.perQuestion[firstSingle.id].review?.explanation).toBe(firstSingle.explanation)
    // The leak detector used above finds a key when there is one.
    expect(leakedKeyTexts(view)).toContain(firstSingle.explanation)
  })
})
