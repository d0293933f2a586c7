import 'server-only'
import type { Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { effectiveWindow } from '@/lib/assignments/effective-window'

/**
 * An assignment as one active student of its class may use it, with their effective window.
 * Anyone else — removed students included — gets NOT_FOUND.
 */
export async function loadStudentAssignment(tx: Tx, opts: { userId: string; assignmentId: string }) {
  const assignment = await tx.assignment.findFirst({
    where: {
      id: opts.assignmentId,
      class: { archivedAt: null, memberships: { some: { userId: opts.userId, role: 'STUDENT', removedAt: null } } },
    },
    include: { accommodations: { where: { userId: opts.userId } } },
  })
  if (!assignment) throw new AppError('NOT_FOUND', 'Assignment not found.')
  return { assignment, window: effectiveWindow(assignment, assignment.accommodations[0] ?? null) }
}
