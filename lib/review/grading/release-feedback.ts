import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { loadGradingContext } from './load-grading-context'

/**
 * Releases feedback and correct answers: for the whole assignment, or for one student's attempts.
 * Students then see "feedback available" and their results. Release time is recorded, not a flag,
 * so it can be audited and scheduled releases (after the due date) share one rule.
 */
export async function releaseFeedback(opts: { userId: string; assignmentId: string; studentId?: string }): Promise<{ released: number }> {
  return db.$transaction(async (tx) => {
    const { assignment } = await loadGradingContext(tx, opts)
    const now = new Date()
    if (!opts.studentId) {
      await tx.assignment.update({ where: { id: assignment.id }, data: { feedbackReleasedAt: now } })
      return { released: await tx.attempt.count({ where: { assignmentId: assignment.id, status: 'SUBMITTED' } }) }
    }
    const { count } = await tx.attempt.updateMany({
      where: { assignmentId: assignment.id, userId: opts.studentId, status: 'SUBMITTED', feedbackReleasedAt: null },
      data: { feedbackReleasedAt: now },
    })
    if (count === 0 && !(await tx.attempt.count({ where: { assignmentId: assignment.id, userId: opts.studentId, status: 'SUBMITTED' } }))) {
      throw new AppError('NOT_FOUND', 'That student has no submitted work here.')
    }
    return { released: count }
  })
}
