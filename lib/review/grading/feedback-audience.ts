import 'server-only'
import type { Tx } from '@/lib/db'
import { db } from '@/lib/db'
import { effectiveWindow } from '@/lib/assignments/effective-window'
import { isFeedbackReleased } from '@/lib/assignments/student-status'
import type { Assignment } from '@/lib/generated/prisma/client'

/**
 * Who a release or a withdrawal reaches, counted the way the student's own screens decide
 * (isFeedbackReleased, with each student's accommodated dates): `submitted` students have work to
 * release feedback on; `seeing` students see feedback on at least one attempt right now.
 */
export async function feedbackAudience(
  tx: Tx | typeof db,
  assignment: Assignment,
  now = new Date(),
): Promise<{ submitted: number; seeing: number }> {
  const attempts = await tx.attempt.findMany({
    where: { assignmentId: assignment.id, status: 'SUBMITTED' },
    select: { userId: true, questionSetId: true, status: true, submittedAt: true, isScoreFinal: true, feedbackReleasedAt: true },
  })
  const accommodations = new Map(
    (await tx.accommodation.findMany({ where: { assignmentId: assignment.id } })).map((a) => [a.userId, a] as const),
  )
  const seeing = new Set<string>()
  for (const a of attempts) {
    const window = effectiveWindow(assignment, accommodations.get(a.userId) ?? null)
    const input = { now, window, feedbackRelease: assignment.feedbackRelease, feedbackReleasedAt: assignment.feedbackReleasedAt }
    if (isFeedbackReleased(input, a)) seeing.add(a.userId)
  }
  return { submitted: new Set(attempts.map((a) => a.userId)).size, seeing: seeing.size }
}
