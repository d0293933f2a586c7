import 'server-only'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { ATTEMPT_LIMIT, recordEvent, refuseWhileFull, throttleKey } from '@/lib/auth/throttle'
import { latePenalty } from '@/lib/assignments/effective-window'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { loadStudentAssignment } from './load-student-assignment'
import { lockAttempt } from './lock-attempt'
import { questionsByVersion } from './question-snapshot'
import { attemptTotal } from './score'
import { scoreResponse } from './types'

export interface SubmitResult {
  attemptId: string
  /** False when this call found the attempt already submitted (double click, second tab, retry). */
  isNewSubmission: boolean
}

/**
 * Submits an attempt exactly once: the attempt row is locked, and a second submit finds it already
 * submitted and returns without changing anything. Auto-graded items are scored against the
 * question versions the student saw; manual items wait for the instructor. An attempt that ran out
 * of time is submitted as of its deadline, with what was saved.
 */
export async function submitAttempt(opts: { userId: string; attemptId: string; isAutomatic?: boolean; now?: Date }): Promise<SubmitResult> {
  const now = opts.now ?? new Date()
  return db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, opts)
    if (attempt.status === 'SUBMITTED') return { attemptId: attempt.id, isNewSubmission: false }
    const submittedAt = attempt.deadlineAt && attempt.deadlineAt < now ? attempt.deadlineAt : now
    const { assignment, window } = await loadStudentAssignment(tx, { userId: opts.userId, assignmentId: attempt.assignmentId })

    const versions = attempt.questionVersions
    const questions = await questionsByVersion(Object.values(versions), tx)
    const responses = await tx.response.findMany({ where: { attemptId: attempt.id }, select: { id: true, questionId: true, answer: true } })
    const scores = Object.entries(versions).map(([questionId, version]) => {
      const response = responses.find((r) => r.questionId === questionId)
      const result = scoreResponse(questions.get(version)!, response?.answer)
      return { response, result }
    })
    // Every answer's score in one statement: at a deadline a thousand students submit in the same
    // minute, and one round trip per answer was most of each submit's time.
    const scored = scores.flatMap(({ response, result }) =>
      response
        ? [Prisma.sql`(${response.id}, ${result.score ?? result.suggested ?? null}::double precision, ${result.score}::double precision)`]
        : [],
    )
    if (scored.length) {
      await tx.$executeRaw`
        UPDATE "Response" AS r SET "autoScore" = v.auto, score = v.score
        FROM (VALUES ${Prisma.join(scored)}) AS v(id, auto, score)
        WHERE r.id = v.id AND r."attemptId" = ${attempt.id}`
    }
    const { percent } = latePenalty(assignment, window.dueAt, submittedAt)
    const total = attemptTotal(
      scores.map((s) => s.result),
      percent,
    )
    await tx.attempt.update({
      where: { id: attempt.id },
      data: {
        status: 'SUBMITTED',
        submittedAt,
        autoSubmitted: opts.isAutomatic ?? false,
        score: total.score,
        maxScore: total.max,
        isScoreFinal: total.isFinal,
        latePenaltyPercent: percent,
      },
    })
    await queueScoreSync(tx, { assignmentId: attempt.assignmentId, userIds: [attempt.userId], now })
    return { attemptId: attempt.id, isNewSubmission: true }
  })
}

/**
 * A student's own submit, from the quiz page: counted in the attempt's rate-limit bucket with its
 * autosaves (ATTEMPT_LIMIT), so a script cannot hammer the database through one attempt's submit.
 * Automatic submits (time up) are not counted.
 */
export async function submitByStudent(opts: { userId: string; attemptId: string; now?: Date }): Promise<SubmitResult> {
  const bucket = { key: throttleKey.attempt(opts.userId, opts.attemptId), limit: ATTEMPT_LIMIT }
  const now = opts.now ?? new Date()
  await refuseWhileFull([bucket], () => 'Too many requests for this attempt at once: try again in a moment. Your answers are saved.', now)
  await recordEvent(bucket, now)
  return submitAttempt({ ...opts, now })
}

/** Submits every attempt of a student whose time ran out (called whenever their quizzes are loaded). */
export async function submitExpiredAttempts(opts: { userId?: string; assignmentId?: string; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date()
  const expired = await db.attempt.findMany({
    where: {
      status: 'IN_PROGRESS',
      deadlineAt: { lt: new Date(now.getTime() - 10_000) },
      ...(opts.userId ? { userId: opts.userId } : {}),
      ...(opts.assignmentId ? { assignmentId: opts.assignmentId } : {}),
    },
    select: { id: true, userId: true },
  })
  for (const a of expired) await submitAttempt({ userId: a.userId, attemptId: a.id, isAutomatic: true, now }).catch(() => undefined)
  return expired.length
}
