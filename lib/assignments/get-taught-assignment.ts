import 'server-only'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'

/** An assignment of a class the user teaches, with its accommodations; null otherwise (→ 404). */
export async function getTaughtAssignment(opts: { userId: string; classId: string; assignmentId: string }) {
  if (opts.assignmentId.length > 64) return null
  return db.assignment.findFirst({
    where: {
      id: opts.assignmentId,
      classId: opts.classId,
      class: taughtBy(opts.userId),
    },
    include: { accommodations: { include: { user: { select: { id: true, name: true } } } } },
  })
}
