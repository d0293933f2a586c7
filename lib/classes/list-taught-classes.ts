import 'server-only'
import { db } from '@/lib/db'
import { taughtBy } from '@/lib/authz'

/** Classes the user teaches, archived ones included (the page lists them separately). */
export async function listTaughtClasses(opts: { userId: string }) {
  const classes = await db.class.findMany({
    where: taughtBy(opts.userId),
    orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: {
      id: true,
      name: true,
      term: true,
      archivedAt: true,
      _count: { select: { memberships: { where: { role: 'STUDENT', removedAt: null } }, assignments: true } },
    },
  })
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    term: c.term,
    archivedAt: c.archivedAt,
    studentCount: c._count.memberships,
    assignmentCount: c._count.assignments,
  }))
}
