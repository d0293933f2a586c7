import 'server-only'
import { db } from '@/lib/db'
import { taughtBy } from '@/lib/authz'

/** What every page of a class shows at the top; null when the user does not teach it (→ 404). */
export async function getClassHeader(opts: { userId: string; classId: string }) {
  if (opts.classId.length > 64) return null
  return db.class.findFirst({
    where: { id: opts.classId, ...taughtBy(opts.userId) },
    select: {
      id: true,
      name: true,
      term: true,
      joinCode: true,
      joinEnabled: true,
      archivedAt: true,
      memberships: { where: { role: 'INSTRUCTOR', removedAt: null }, select: { user: { select: { name: true } } } },
    },
  })
}
