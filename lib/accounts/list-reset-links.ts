import 'server-only'
import { db } from '@/lib/db'
import { taughtBy } from '@/lib/authz'
import type { Prisma } from '@/lib/generated/prisma/client'
import { unsealToken } from './link-seal'
import { resettableBy } from './reset-permission'

export interface ListedResetLink {
  id: string
  user: { id: string; name: string; email: string }
  /** Null when the link cannot be shown again (made before links were sealed, or the secret changed). */
  path: string | null
  createdAt: Date
  expiresAt: Date
}

/**
 * The reset links this person issued that are still waiting to be used — for the students of one
 * class, or for one account. Only the issuer sees a link again, and only while they may still
 * issue one for that account (reset-permission.ts): the student's notice names whoever issued it,
 * so it stays true who handed it on. A link leaves the list when used, expired or replaced.
 */
export async function listResetLinks(opts: { actorId: string; classId?: string; userId?: string }): Promise<ListedResetLink[]> {
  const actor = await db.user.findUniqueOrThrow({ where: { id: opts.actorId }, select: { id: true, role: true } })
  const forWhom: Prisma.UserWhereInput = opts.classId
    ? { memberships: { some: { classId: opts.classId, role: 'STUDENT', removedAt: null, class: taughtBy(actor.id) } } }
    : { id: opts.userId }
  const tokens = await db.oneTimeToken.findMany({
    where: { purpose: 'PASSWORD_RESET', createdById: actor.id, usedAt: null, expiresAt: { gt: new Date() }, user: forWhom },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      tokenHash: true,
      tokenSealed: true,
      createdAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  })
  const listed: ListedResetLink[] = []
  for (const t of tokens) {
    if (!t.user) continue
    // The permission is re-read per link, in the query that decides it (a student may have joined another class since).
    const mayStill = await db.user.findFirst({ where: resettableBy(actor, t.user.id), select: { id: true } })
    if (!mayStill) continue
    const token = unsealToken(t.tokenSealed, t.tokenHash)
    listed.push({ id: t.id, user: t.user, path: token ? `/reset/${token}` : null, createdAt: t.createdAt, expiresAt: t.expiresAt })
  }
  return listed
}
