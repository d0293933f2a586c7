import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { loadGradingContext } from './load-grading-context'
import { applyScoreChanges, summarise, type ScoreChange } from './rescore'
import { maxOf, scoreFromRubric, ZRubric } from './rubric'
import { loadStudentLabels } from './load-student-labels'

/**
 * Edits the rubric of a manually graded question for one assignment, even after grading started.
 * Every graded answer is re-scored from the levels its grader chose. A dry run returns exactly
 * what would move; applying records the edit and audits every changed score.
 */
export async function editRubric(opts: {
  userId: string
  assignmentId: string
  questionId: string
  rubric: unknown
  dryRun: boolean
  reason?: string
}) {
  const parsed = ZRubric.safeParse(opts.rubric)
  if (!parsed.success) throw new AppError('BAD_INPUT', `The rubric is not valid: ${fieldErrorsOf(parsed.error).message}`)
  const rubric = parsed.data
  return db.$transaction(async (tx) => {
    const { assignment, question, rubric: current } = await loadGradingContext(tx, opts)
    if (!current) throw new AppError('BAD_INPUT', 'This question is marked automatically and has no rubric.')
    if (current.kind !== rubric.kind) throw new AppError('BAD_INPUT', 'A rubric cannot change between levels and criteria.')
    if (maxOf(rubric) !== question!.points)
      throw new AppError('BAD_INPUT', `The top levels must add up to the question’s ${question!.points} points.`)
    const graded = await tx.response.findMany({
      where: {
        questionId: question!.id,
        attempt: { assignmentId: opts.assignmentId, status: 'SUBMITTED' },
        OR: [{ rubricLevelId: { not: null } }, { rubricScores: { not: { equals: null } } }],
        overrideReason: null,
      },
      select: { id: true, attemptId: true, score: true, rubricLevelId: true, rubricScores: true, attempt: { select: { userId: true } } },
    })
    const labelOf = await loadStudentLabels(tx, assignment)
    const changes: ScoreChange[] = graded.map((r) => {
      const choice = r.rubricLevelId ? { levelId: r.rubricLevelId } : { criteria: (r.rubricScores ?? {}) as Record<string, string> }
      const result = scoreFromRubric(rubric, choice)
      const { studentLabel } = labelOf(r.attempt.userId)
      if ('error' in result)
        throw new AppError(
          'BAD_INPUT',
          `The edit removes a level that graded answers use (${studentLabel}): keep its id, or regrade those answers first.`,
        )
      return { responseId: r.id, attemptId: r.attemptId, studentLabel, before: r.score, after: result.score }
    })
    const summary = summarise(changes)
    if (opts.dryRun) return summary
    await tx.rubricEdit.create({
      data: {
        assignmentId: opts.assignmentId,
        questionId: question!.id,
        rubric: rubric as unknown as Prisma.InputJsonValue,
        createdById: opts.userId,
      },
    })
    await applyScoreChanges(tx, { userId: opts.userId, reason: opts.reason?.slice(0, 500) || 'Rubric edited', changes: summary.changes })
    return summary
  })
}
