import 'server-only'
import { db } from '@/lib/db'
import { unsealToken } from '@/lib/accounts/link-seal'
import { assertTeaches } from './class-access'

export interface PendingInvite {
  id: string
  name: string
  email: string
  /** Null when the link cannot be shown again (made before links were sealed, or the secret changed). */
  path: string | null
  createdAt: Date
  expiresAt: Date
}

/**
 * The class's student invite links not yet used and not expired, for its instructors to hand out
 * again (the roster, the printable join sheet and its CSV). Sorted by name, as a roster is.
 */
export async function listPendingInvites(opts: { userId: string; classId: string }): Promise<PendingInvite[]> {
  await assertTeaches(db, opts)
  const tokens = await db.oneTimeToken.findMany({
    where: { purpose: 'STUDENT_INVITE', classId: opts.classId, usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: { id: true, name: true, email: true, tokenHash: true, tokenSealed: true, createdAt: true, expiresAt: true },
  })
  return tokens.map((t) => {
    const token = unsealToken(t.tokenSealed, t.tokenHash)
    return {
      id: t.id,
      name: t.name ?? '',
      email: t.email ?? '',
      path: token ? `/invite/${token}` : null,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
    }
  })
}
