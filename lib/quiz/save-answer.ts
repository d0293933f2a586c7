import 'server-only'
import crypto from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { ATTEMPT_LIMIT, countEventSql, retryAfterMs, throttleKey } from '@/lib/auth/throttle'
import { isAnswered, parseAnswer } from './types'
import { attemptVersions, forgetAttemptVersions } from './attempt-versions'
import { DEADLINE_GRACE_MS, isPastDeadline, lockAttempt, stillEnrolled } from './lock-attempt'
import { questionsByVersion } from './question-snapshot'
import { submitAttempt } from './submit-attempt'

export const ZSaveAnswer = z.strictObject({
  questionId: z.string().min(1).max(60),
  answer: z.unknown(),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
})

// The long way waits for a pooled connection as long as the pool's own wait limit (after which the
// request is answered 503 with Retry-After, and the browser's queue sends it again).
const SAVE_TRANSACTION = { maxWait: 10_000, timeout: 15_000 }

export type SaveResult =
  | { status: 'saved'; seq: number; savedAt: string }
  /** A newer save is already stored: the browser should show this one instead of its own. */
  | { status: 'stale'; seq: number; answer: unknown }

/**
 * Autosaves one answer. Only a save with a higher sequence number than the stored one is written
 * (one atomic upsert), so a delayed, retried or other-tab save can never overwrite a newer answer.
 * Saves after submission or after the deadline change nothing; a save past the deadline submits
 * the attempt with what was saved. Each attempt's saves are rate-limited (ATTEMPT_LIMIT).
 *
 * The common case is one statement (saveAtOnce). Anything it cannot decide on its own — the
 * attempt is submitted, expired, not this student's, rate-limited, the answer is stale or does not
 * parse — goes the long way (saveChecked), which reads everything under the attempt's lock and
 * says exactly why. Both apply the same rules; the long way is the one that explains them.
 */
export async function saveAnswer(opts: { userId: string; attemptId: string; input: unknown; now?: Date }): Promise<SaveResult> {
  const parsed = ZSaveAnswer.safeParse(opts.input)
  if (!parsed.success)
    throw new AppError('BAD_INPUT', 'That save was not understood: it needs a question, an answer and a sequence number.')
  const save = { ...opts, ...parsed.data, now: opts.now ?? new Date() }
  return (await saveAtOnce(save)) ?? (await saveChecked(save))
}

interface Save {
  userId: string
  attemptId: string
  questionId: string
  answer: unknown
  seq: number
  now: Date
}

/**
 * One statement that counts the save against the attempt's rate limit, locks the attempt while it
 * is the student's, in progress, in time, still enrolled, within the limit and showing the version
 * the answer was checked against, and upserts the answer if its seq is newer. Null when it wrote
 * nothing, for whatever reason: the long way finds out which.
 */
async function saveAtOnce(save: Save): Promise<SaveResult | null> {
  const versions = await attemptVersions(save.userId, save.attemptId)
  const version = versions?.[save.questionId]
  if (!version) return null
  const question = (await questionsByVersion([version])).get(version)!
  const checked = parseAnswer(question, save.answer)
  if ('error' in checked) return null
  const answered = isAnswered(question, checked.answer)
  const bucket = { key: throttleKey.attempt(save.userId, save.attemptId), limit: ATTEMPT_LIMIT }
  const inTimeSince = new Date(save.now.getTime() - DEADLINE_GRACE_MS).toISOString()
  const written = await db.$queryRaw<{ seq: bigint; savedAt: Date }[]>(Prisma.sql`
    WITH bucket AS (${countEventSql(bucket, save.now)}),
    target AS (
      SELECT id FROM "Attempt"
      WHERE id = ${save.attemptId} AND "userId" = ${save.userId} AND status = 'IN_PROGRESS'
        AND ("deadlineAt" IS NULL OR "deadlineAt" >= CAST(${inTimeSince} AS timestamp(3)))
        AND "questionVersions" ->> ${save.questionId} = ${version}
        AND (SELECT level FROM bucket) <= ${ATTEMPT_LIMIT.capacity}
        AND ${stillEnrolled(save.userId)}
      FOR UPDATE
    ),
    saved AS (
      ${upsertResponse(Prisma.sql`SELECT id FROM target`, save, version, checked.answer, answered)}
    )
    SELECT seq, "savedAt" FROM saved`)
  return written.length ? saved(written[0]) : null
}

/** The long way: under the attempt's lock, each rule in turn, so a refusal says which one. */
async function saveChecked(save: Save): Promise<SaveResult> {
  forgetAttemptVersions(save.userId, save.attemptId) // a regrade may have moved a version
  let expired = false
  try {
    return await db.$transaction(async (tx) => {
      const attempt = await lockAttempt(tx, save)
      if (attempt.status === 'SUBMITTED') throw new AppError('CONFLICT', 'This attempt has been submitted: answers can no longer change.')
      if (isPastDeadline(attempt, save.now)) {
        expired = true
        throw new AppError('EXPIRED', 'Time is up: the attempt was submitted with the answers saved before the deadline.')
      }
      const version = attempt.questionVersions[save.questionId]
      if (!version) throw new AppError('BAD_INPUT', `There is no question “${save.questionId}” in this quiz.`)
      const question = (await questionsByVersion([version], tx)).get(version)!
      const checked = parseAnswer(question, save.answer)
      if ('error' in checked) throw new AppError('BAD_INPUT', checked.error)
      // saveAtOnce already counted this request: here the bucket is only read.
      const wait = await retryAfterMs([{ key: throttleKey.attempt(save.userId, save.attemptId), limit: ATTEMPT_LIMIT }], save.now, tx)
      if (wait > 0)
        throw new AppError(
          'RATE_LIMITED',
          'Too many saves at once: this one will be sent again in a moment.',
          undefined,
          Math.ceil(wait / 1000),
        )

      const values = Prisma.sql`SELECT ${attempt.id}`
      const written = await tx.$queryRaw<{ seq: bigint; savedAt: Date }[]>(
        upsertResponse(values, save, version, checked.answer, isAnswered(question, checked.answer)),
      )
      if (written.length) return saved(written[0])
      const current = await tx.response.findUniqueOrThrow({
        where: { attemptId_questionId: { attemptId: attempt.id, questionId: save.questionId } },
        select: { seq: true, answer: true },
      })
      return { status: 'stale' as const, seq: Number(current.seq), answer: current.answer }
    }, SAVE_TRANSACTION)
  } finally {
    // Outside the failed transaction: close the expired attempt with what it holds.
    if (expired) await submitAttempt({ userId: save.userId, attemptId: save.attemptId, isAutomatic: true, now: save.now })
  }
}

/**
 * Writes the answer for the attempt whose id `attemptIdQuery` selects (no row: nothing is written) only if
 * its seq is newer than the stored one; returns the stored seq and time when it wrote. The answer's
 * isAnswered is stored beside it, so every reader (item analysis, counts) uses the type's one rule.
 */
function upsertResponse(attemptIdQuery: Prisma.Sql, save: Save, version: string, answer: unknown, answered: boolean): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "Response" (id, "attemptId", "questionId", "questionVersion", answer, "isAnswered", seq, "savedAt")
    SELECT ${crypto.randomUUID()}, t.id, ${save.questionId}, ${version}, ${answer}::jsonb, ${answered}, ${save.seq}, ${save.now}
    FROM (${attemptIdQuery}) AS t(id)
    ON CONFLICT ("attemptId", "questionId") DO UPDATE
      SET answer = EXCLUDED.answer, "isAnswered" = EXCLUDED."isAnswered", seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
      WHERE "Response".seq < EXCLUDED.seq
    RETURNING seq, "savedAt"`
}

function saved(row: { seq: bigint; savedAt: Date }): SaveResult {
  return { status: 'saved', seq: Number(row.seq), savedAt: row.savedAt.toISOString() }
}
