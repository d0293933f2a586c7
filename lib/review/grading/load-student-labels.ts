import 'server-only'
import type { Tx } from '@/lib/db'
import { db } from '@/lib/db'
import { studentLabeller, type AnonymitySettings, type LabelOf } from './student-labels'

/** The labels for one assignment's grading responses, from its submitted attempts. */
export async function loadStudentLabels(tx: Tx | typeof db, assignment: AnonymitySettings & { id: string }): Promise<LabelOf> {
  const attempts = await tx.attempt.findMany({
    where: { assignmentId: assignment.id, status: 'SUBMITTED' },
    select: { id: true, userId: true, user: { select: { name: true } } },
  })
  return studentLabeller(
    assignment,
    attempts.map((a) => ({ id: a.id, userId: a.userId, name: a.user.name })),
  )
}
