import 'server-only'
import type { Tx } from '@/lib/db'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { attemptTotal } from '@/lib/quiz/score'

/**
 * Recomputes the totals of attempts after grades change: auto and manual scores added up, the
 * recorded late penalty applied, final once no answered item awaits a grader. Questions with no
 * response count 0 and never wait. The course-site scores follow (grade passback), queued once per
 * assignment for all its students whose attempts changed, not once per attempt.
 */
export async function recomputeAttempts(tx: Tx, attemptIds: Iterable<string>): Promise<void> {
  const studentsByAssignment = new Map<string, Set<string>>()
  for (const attemptId of new Set(attemptIds)) {
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { assignmentId: true, userId: true, latePenaltyPercent: true, responses: { select: { score: true } } },
    })
    const total = attemptTotal(
      attempt.responses.map((r) => ({ score: r.score, max: 0 })),
      attempt.latePenaltyPercent,
    )
    await tx.attempt.update({ where: { id: attemptId }, data: { score: total.score, isScoreFinal: total.isFinal } })
    const students = studentsByAssignment.get(attempt.assignmentId) ?? new Set<string>()
    studentsByAssignment.set(attempt.assignmentId, students.add(attempt.userId))
  }
  for (const [assignmentId, userIds] of studentsByAssignment) await queueScoreSync(tx, { assignmentId, userIds: [...userIds] })
}
