import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { isHandGraded, scoreResponse } from '@/lib/quiz/types'
import { loadGradingContext } from './load-grading-context'
import { applyScoreChanges, summarise, type ScoreChange } from './rescore'
import { loadStudentLabels } from './load-student-labels'

/**
 * After a question's key changed in content, re-scores every submitted answer that was marked
 * against an older version. Preview first (dry run); applying moves each attempt to the current
 * version and audits every changed score. Scores set by hand with a reason are left alone.
 */
export async function regradeQuestion(opts: {
  userId: string
  assignmentId: string
  questionId: string
  dryRun: boolean
  reason?: string
}) {
  return db.$transaction(async (tx) => {
    const { assignment, question, setId } = await loadGradingContext(tx, opts)
    const q = question!
    if (isHandGraded(q.type)) throw new AppError('BAD_INPUT', 'Short answers and essays are graded by hand: edit the rubric instead.')
    const current = (await loadQuestionSet(assignment.lessonSlug, setId!)).questions.find((x) => x.question.id === q.id)!
    const stale = await tx.$queryRaw<
      { id: string; attemptId: string; score: number | null; answer: unknown; overrideReason: string | null; userId: string }[]
    >`
      SELECT r.id, r."attemptId", r.score, r.answer, r."overrideReason", a."userId"
      FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId"
      WHERE a."assignmentId" = ${assignment.id} AND a.status = 'SUBMITTED' AND r."questionId" = ${q.id} AND r."questionVersion" <> ${current.version}`
    const labelOf = await loadStudentLabels(tx, assignment)
    const changes: ScoreChange[] = stale
      .filter((r) => r.overrideReason === null)
      .map((r) => ({
        responseId: r.id,
        attemptId: r.attemptId,
        studentLabel: labelOf(r.userId).studentLabel,
        before: r.score,
        after: scoreResponse(current.question, r.answer).score,
      }))
    const summary = {
      ...summarise(changes),
      outdated: stale.length,
      keptOverrides: stale.length - changes.length,
      version: current.version,
    }
    if (opts.dryRun) return summary
    await tx.questionVersion.createMany({
      data: [
        { hash: current.version, questionId: q.id, questionSetId: setId!, body: current.question as unknown as Prisma.InputJsonValue },
      ],
      skipDuplicates: true,
    })
    await applyScoreChanges(tx, {
      userId: opts.userId,
      reason: opts.reason?.slice(0, 500) || 'Regraded with the corrected key',
      changes: summary.changes,
    })
    // Every outdated answer now counts as marked against the current version, moved or not.
    await tx.response.updateMany({ where: { id: { in: changes.map((c) => c.responseId) } }, data: { questionVersion: current.version } })
    for (const attemptId of new Set(changes.map((c) => c.attemptId))) {
      await tx.$executeRaw`UPDATE "Attempt" SET "questionVersions" = jsonb_set("questionVersions", ${`{${q.id}}`}::text[], to_jsonb(${current.version}::text)) WHERE id = ${attemptId}`
    }
    return summary
  })
}
