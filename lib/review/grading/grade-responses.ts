import 'server-only'
import { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { loadGradingContext } from './load-grading-context'
import { recomputeAttempts } from './recompute-attempt'
import { scoreFromRubric } from './rubric'

export const COMMENT_MAX = 5_000

export const ZGrade = z.strictObject({
  assignmentId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(60),
  /** Each response with the grade version the grader saw: the optimistic lock. */
  responses: z
    .array(z.strictObject({ id: z.string().min(1).max(64), version: z.number().int().min(0) }))
    .min(1, 'Choose at least one answer to grade.')
    .max(500),
  choice: z.union([
    z.strictObject({ levelId: z.string().max(60) }),
    z.strictObject({ criteria: z.record(z.string().max(60), z.string().max(60)) }),
    z.strictObject({ score: z.number().min(0), reason: z.string().trim().min(3, 'Give a reason for a score set by hand.').max(500) }),
  ]),
  comment: z.string().trim().max(COMMENT_MAX, `Comments can be at most ${COMMENT_MAX} characters.`).optional(),
})

export const CONFLICT_MESSAGE = 'Another grader changed this answer after you opened it. Reload to see their grade: nothing was changed.'

/**
 * Grades one answer, or a group of identical answers at once, by rubric level(s) or by a score set by
 * hand with its reason. All or nothing: if any answer was graded by someone else since the grader
 * loaded it (its grade version moved on), nothing changes. Every change is audited with the old and
 * new score, and the attempts' totals are recomputed.
 */
export async function gradeResponses(opts: { userId: string; input: unknown }): Promise<{ graded: number }> {
  const parsed = ZGrade.safeParse(opts.input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const input = parsed.data
  return db.$transaction(async (tx) => {
    const { question, rubric } = await loadGradingContext(tx, {
      userId: opts.userId,
      assignmentId: input.assignmentId,
      questionId: input.questionId,
    })
    const q = question!
    let score: number
    let manual: { rubricLevelId: string | null; rubricScores: Prisma.InputJsonValue | undefined; overrideReason: string | null }
    if ('score' in input.choice) {
      if (input.choice.score > q.points) throw new AppError('BAD_INPUT', `The score can be at most ${q.points}.`)
      score = input.choice.score
      manual = { rubricLevelId: null, rubricScores: undefined, overrideReason: input.choice.reason }
    } else {
      if (!rubric)
        throw new AppError('BAD_INPUT', 'This question is marked automatically: set a score by hand, with a reason, to change it.')
      const result = scoreFromRubric(rubric, input.choice)
      if ('error' in result) throw new AppError('BAD_INPUT', result.error)
      score = result.score
      manual =
        'levelId' in input.choice
          ? { rubricLevelId: input.choice.levelId, rubricScores: undefined, overrideReason: null }
          : { rubricLevelId: null, rubricScores: input.choice.criteria, overrideReason: null }
    }

    const ids = input.responses.map((r) => r.id)
    const rows = await tx.response.findMany({
      where: { id: { in: ids }, questionId: q.id, attempt: { assignmentId: input.assignmentId, status: 'SUBMITTED' } },
      select: { id: true, attemptId: true, score: true },
    })
    if (rows.length !== ids.length)
      throw new AppError('NOT_FOUND', 'An answer in this grading action is not a submitted answer to this question.')
    const now = new Date()
    for (const { id, version } of input.responses) {
      const { count } = await tx.response.updateMany({
        where: { id, gradeVersion: version },
        data: { score, manualScore: score, ...manual, gradedById: opts.userId, gradedAt: now, gradeVersion: { increment: 1 } },
      })
      if (count === 0) throw new AppError('CONFLICT', CONFLICT_MESSAGE)
      const before = rows.find((r) => r.id === id)!
      await audit(
        {
          action: 'GRADE_CHANGED',
          actorId: opts.userId,
          details: {
            responseId: id,
            attemptId: before.attemptId,
            questionId: q.id,
            before: before.score,
            after: score,
            reason: manual.overrideReason,
            groupSize: ids.length,
          },
        },
        tx,
      )
      if (input.comment)
        await tx.feedback.create({ data: { attemptId: before.attemptId, responseId: id, authorId: opts.userId, body: input.comment } })
    }
    await recomputeAttempts(
      tx,
      rows.map((r) => r.attemptId),
    )
    return { graded: ids.length }
  })
}
