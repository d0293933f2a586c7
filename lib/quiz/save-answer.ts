import 'server-only'
import crypto from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { isAnswered, parseAnswer } from './types'
import { isPastDeadline, lockAttempt } from './lock-attempt'
import { questionsByVersion } from './question-snapshot'
import { submitAttempt } from './submit-attempt'

export const ZSaveAnswer = z.strictObject({
  questionId: z.string().min(1).max(60),
  answer: z.unknown(),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
})

// Under a burst of saves a request may wait for a pooled connection; it should wait, not fail
// (Prisma's default is 2 s, after which the save was thrown away as a 500).
const SAVE_TRANSACTION = { maxWait: 10_000, timeout: 15_000 }

export type SaveResult =
  | { status: 'saved'; seq: number; savedAt: string }
  /** A newer save is already stored: the browser should show this one instead of its own. */
  | { status: 'stale'; seq: number; answer: unknown }

/**
 * Autosaves one answer. Only a save with a higher sequence number than the stored one is written
 * (one atomic upsert), so a delayed, retried or other-tab save can never overwrite a newer answer.
 * Saves after submission or after the deadline change nothing; a save past the deadline submits
 * the attempt with what was saved.
 */
export async function saveAnswer(opts: { userId: string; attemptId: string; input: unknown; now?: Date }): Promise<SaveResult> {
  const parsed = ZSaveAnswer.safeParse(opts.input)
  if (!parsed.success)
    throw new AppError('BAD_INPUT', 'That save was not understood: it needs a question, an answer and a sequence number.')
  const { questionId, answer, seq } = parsed.data
  const now = opts.now ?? new Date()
  let expired = false
  try {
    return await db.$transaction(async (tx) => {
      const attempt = await lockAttempt(tx, opts)
      if (attempt.status === 'SUBMITTED') throw new AppError('CONFLICT', 'This attempt has been submitted: answers can no longer change.')
      if (isPastDeadline(attempt, now)) {
        expired = true
        throw new AppError('EXPIRED', 'Time is up: the attempt was submitted with the answers saved before the deadline.')
      }
      const version = attempt.questionVersions[questionId]
      if (!version) throw new AppError('BAD_INPUT', `There is no question “${questionId}” in this quiz.`)
      const question = (await questionsByVersion([version], tx)).get(version)!
      const checked = parseAnswer(question, answer)
      if ('error' in checked) throw new AppError('BAD_INPUT', checked.error)
      // Stored beside the answer, so every reader (item analysis, counts) uses the type's one rule.
      const answered = isAnswered(question, checked.answer)

      const written = await tx.$queryRaw<{ seq: bigint; savedAt: Date }[]>`
        INSERT INTO "Response" (id, "attemptId", "questionId", "questionVersion", answer, "isAnswered", seq, "savedAt")
        VALUES (${crypto.randomUUID()}, ${attempt.id}, ${questionId}, ${version}, ${checked.answer}::jsonb, ${answered}, ${seq}, ${now})
        ON CONFLICT ("attemptId", "questionId") DO UPDATE
          SET answer = EXCLUDED.answer, "isAnswered" = EXCLUDED."isAnswered", seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
          WHERE "Response".seq < EXCLUDED.seq
        RETURNING seq, "savedAt"`
      if (written.length) return { status: 'saved' as const, seq: Number(written[0].seq), savedAt: written[0].savedAt.toISOString() }
      const current = await tx.response.findUniqueOrThrow({
        where: { attemptId_questionId: { attemptId: attempt.id, questionId } },
        select: { seq: true, answer: true },
      })
      return { status: 'stale' as const, seq: Number(current.seq), answer: current.answer }
    }, SAVE_TRANSACTION)
  } finally {
    // Outside the failed transaction: close the expired attempt with what it holds.
    if (expired) await submitAttempt({ userId: opts.userId, attemptId: opts.attemptId, isAutomatic: true, now })
  }
}
