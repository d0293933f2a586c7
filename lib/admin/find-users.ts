import 'server-only'
import { db } from '@/lib/db'
import { assertAdmin } from './admin-actor'

export const USERS_PAGE_SIZE = 50

/** Accounts whose name or email contains the query (all accounts without one), newest first. */
export async function findUsers(opts: { actorId: string; query?: string; page?: number }) {
  await assertAdmin(db, opts.actorId)
  const q = opts.query?.trim().slice(0, 100)
  const where = q
    ? { OR: [{ name: { contains: q, mode: 'insensitive' as const } }, { email: { contains: q, mode: 'insensitive' as const } }] }
    : {}
  const page = Math.max(1, Math.floor(opts.page ?? 1))
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, deactivatedAt: true, createdAt: true },
    }),
    db.user.count({ where }),
  ])
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) }
}
