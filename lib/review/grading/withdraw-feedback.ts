import 'server-only'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { feedbackAudience } from './feedback-audience'
import { loadGradingContext } from './load-grading-context'

/**
 * Withdraws released feedback from the whole class: the class release and every per-student
 * release are cleared, and release becomes manual (otherwise "on submit" or "after the due date"
 * would show it again at once). Students see "Feedback withdrawn by your instructor" until the
 * next release. Grades, comments and answers are not touched. Audited with how many students
 * lost sight of their feedback and the release setting it replaced.
 */
export async function withdrawFeedback(opts: { userId: string; assignmentId: string }): Promise<{ students: number }> {
  return db.$transaction(async (tx) => {
    const { assignment } = await loadGradingContext(tx, opts)
    const now = new Date()
    const { seeing: students } = await feedbackAudience(tx, assignment, now)
    await tx.assignment.update({
      where: { id: assignment.id },
      data: { feedbackReleasedAt: null, feedbackWithdrawnAt: now, feedbackRelease: 'MANUAL' },
    })
    const { count: attempts } = await tx.attempt.updateMany({
      where: { assignmentId: assignment.id, feedbackReleasedAt: { not: null } },
      data: { feedbackReleasedAt: null },
    })
    await audit(
      {
        action: 'FEEDBACK_WITHDRAWN',
        actorId: opts.userId,
        details: {
          assignmentId: assignment.id,
          students,
          studentReleasesCleared: attempts,
          releaseWas: assignment.feedbackRelease,
          classReleaseWas: assignment.feedbackReleasedAt?.toISOString() ?? null,
        },
      },
      tx,
    )
    // Scores the course site shows are taken back there too (a post with no score).
    await queueScoreSync(tx, { assignmentId: assignment.id, now })
    return { students }
  })
}
