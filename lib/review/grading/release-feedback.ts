import 'server-only'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { feedbackAudience } from './feedback-audience'
import { loadGradingContext } from './load-grading-context'

/**
 * Releases feedback and correct answers: for the whole assignment, or for one student's attempts.
 * Students then see "feedback available" and their results. Release time is recorded, not a flag,
 * so it can be audited and scheduled releases (after the due date) share one rule. A whole-class
 * release ends an earlier withdrawal (withdraw-feedback.ts). Every release is audited.
 */
export async function releaseFeedback(opts: {
  userId: string
  assignmentId: string
  studentId?: string
}): Promise<{ released: number; students: number }> {
  return db.$transaction(async (tx) => {
    const { assignment } = await loadGradingContext(tx, opts)
    const now = new Date()
    if (!opts.studentId) {
      const updated = await tx.assignment.update({
        where: { id: assignment.id },
        data: { feedbackReleasedAt: now, feedbackWithdrawnAt: null },
      })
      const released = await tx.attempt.count({ where: { assignmentId: assignment.id, status: 'SUBMITTED' } })
      const { seeing: students } = await feedbackAudience(tx, updated, now)
      await audit(
        {
          action: 'FEEDBACK_RELEASED',
          actorId: opts.userId,
          details: { assignmentId: assignment.id, scope: 'class', students, attempts: released },
        },
        tx,
      )
      await queueScoreSync(tx, { assignmentId: assignment.id, now })
      return { released, students }
    }
    const { count } = await tx.attempt.updateMany({
      where: { assignmentId: assignment.id, userId: opts.studentId, status: 'SUBMITTED', feedbackReleasedAt: null },
      data: { feedbackReleasedAt: now },
    })
    if (count === 0 && !(await tx.attempt.count({ where: { assignmentId: assignment.id, userId: opts.studentId, status: 'SUBMITTED' } }))) {
      throw new AppError('NOT_FOUND', 'That student has no submitted work here.')
    }
    await audit(
      {
        action: 'FEEDBACK_RELEASED',
        actorId: opts.userId,
        subjectUserId: opts.studentId,
        details: { assignmentId: assignment.id, scope: 'student', students: 1, attempts: count },
      },
      tx,
    )
    await queueScoreSync(tx, { assignmentId: assignment.id, userIds: [opts.studentId], now })
    return { released: count, students: 1 }
  })
}
