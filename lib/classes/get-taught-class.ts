import 'server-only'
import { db } from '@/lib/db'

/**
 * A class the user teaches, with its active roster — or null (the caller answers 404). Ownership
 * is in the query: another instructor's class is indistinguishable from one that does not exist.
 */
export async function getTaughtClass(opts: { userId: string; classId: string }) {
  if (opts.classId.length > 64) return null
  return db.class.findFirst({
    where: { id: opts.classId, memberships: { some: { userId: opts.userId, role: 'INSTRUCTOR', removedAt: null } } },
    select: {
      id: true,
      name: true,
      term: true,
      joinCode: true,
      joinEnabled: true,
      memberships: {
        where: { removedAt: null },
        orderBy: [{ role: 'desc' }, { user: { name: 'asc' } }],
        select: { role: true, joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  })
}
