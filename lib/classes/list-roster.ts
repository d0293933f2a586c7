import 'server-only'
import { db } from '@/lib/db'
import { assertTeaches } from './class-access'

export const ROSTER_SORTS = ['name', 'email', 'joined'] as const
export type RosterSort = (typeof ROSTER_SORTS)[number]

/** The class's current students, searched by name or email and sorted, in the database. */
export async function listRoster(opts: { userId: string; classId: string; query?: string; sort?: RosterSort; descending?: boolean }) {
  await assertTeaches(db, opts)
  const q = opts.query?.trim().slice(0, 100)
  const direction: 'asc' | 'desc' = opts.descending ? 'desc' : 'asc'
  const orderBy =
    opts.sort === 'joined'
      ? { joinedAt: direction }
      : opts.sort === 'email'
        ? { user: { email: direction } }
        : { user: { name: direction } }
  const rows = await db.membership.findMany({
    where: {
      classId: opts.classId,
      role: 'STUDENT',
      removedAt: null,
      ...(q
        ? {
            user: {
              OR: [{ name: { contains: q, mode: 'insensitive' as const } }, { email: { contains: q, mode: 'insensitive' as const } }],
            },
          }
        : {}),
    },
    orderBy,
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  })
  return rows.map((r) => ({ ...r.user, joinedAt: r.joinedAt }))
}
