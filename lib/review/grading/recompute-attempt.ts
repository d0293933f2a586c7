import 'server-only'
import type { Tx } from '@/lib/db'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { attemptTotal } from '@/lib/quiz/score'

/**
 * Recomputes an attempt's total from its responses after a grade changes: auto and manual scores
 * added up, the recorded late penalty applied, final once no answered item awaits a grader.
 * Questions with no response count 0 and never wait. The course-site score follows (grade passback).
 */
export async function recomputeAttempt(tx: Tx, attemptId: string): Promise<void> {
  const attempt = await tx.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { assignmentId: true, userId: true, maxScore: true, latePenaltyPercent: true, responses: { select: { score: true } } },
  })
  const total = attemptTotal(
    attempt.responses.map((r) => ({ score: r.score, max: 0 })),
    attempt.latePenaltyPercent,
  )
  await tx.attempt.update({ where: { id: attemptId }, data: { score: total.score, isScoreFinal: total.isFinal } })
  await queueScoreSync(tx, { assignmentId: attempt.assignmentId, userIds: [attempt.userId] })
}
