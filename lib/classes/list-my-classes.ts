import 'server-only'
import { db } from '@/lib/db'

/** The classes a user belongs to now (removed memberships excluded), with their role in each. */
export async function listMyClasses(opts: { userId: string }) {
  const rows = await db.membership.findMany({
    where: { userId: opts.userId, removedAt: null, class: { archivedAt: null } },
    orderBy: { joinedAt: 'asc' },
    select: {
      role: true,
      class: {
        select: { id: true, name: true, term: true, _count: { select: { memberships: { where: { role: 'STUDENT', removedAt: null } } } } },
      },
    },
  })
  return rows.map((r) => ({
    id: r.class.id,
    name: r.class.name,
    term: r.class.term,
    role: r.role,
    studentCount: r.class._count.memberships,
  }))
}
