import 'server-only'
import { db } from '@/lib/db'

/** The unseen notice that this account's password was reset with someone else's link, or null. */
export async function getResetNotice(opts: { userId: string }): Promise<{ at: Date; byName: string | null } | null> {
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { resetNoticeAt: true, resetNoticeByName: true } })
  return user?.resetNoticeAt ? { at: user.resetNoticeAt, byName: user.resetNoticeByName } : null
}

export async function dismissResetNotice(opts: { userId: string }): Promise<void> {
  await db.user.update({ where: { id: opts.userId }, data: { resetNoticeAt: null, resetNoticeByName: null } })
}
