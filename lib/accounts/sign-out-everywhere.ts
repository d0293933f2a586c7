import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'

/** Ends every session of the account on every device, by making their tokens' version stale. */
export async function signOutEverywhere(opts: { userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: opts.userId }, data: { sessionVersion: { increment: 1 } } })
    await audit({ action: 'SIGNED_OUT_EVERYWHERE', actorId: opts.userId, subjectUserId: opts.userId }, tx)
  })
}
