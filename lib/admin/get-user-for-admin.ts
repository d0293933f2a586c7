import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertAdmin } from './admin-actor'

/** One account as an administrator sees it: its classes and the latest audit entries about it. */
export async function getUserForAdmin(opts: { actorId: string; userId: string }) {
  await assertAdmin(db, opts.actorId)
  const user = await db.user.findUnique({
    where: { id: opts.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      deactivatedAt: true,
      createdAt: true,
      memberships: {
        orderBy: { joinedAt: 'desc' },
        select: { role: true, removedAt: true, class: { select: { id: true, name: true, term: true, archivedAt: true } } },
      },
    },
  })
  if (!user) throw new AppError('NOT_FOUND', 'No such account.')
  const history = await db.auditLog.findMany({
    where: { OR: [{ subjectUserId: user.id }, { actorId: user.id }] },
    orderBy: { at: 'desc' },
    take: 20,
    select: { id: true, at: true, action: true, actor: { select: { name: true } }, subject: { select: { name: true } } },
  })
  return { ...user, history }
}
