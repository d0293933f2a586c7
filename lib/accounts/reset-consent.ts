import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'

/** A student allows (or stops allowing) the instructors of their classes to issue them a reset link. */
export async function setResetConsent(opts: { userId: string; isAllowed: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: opts.userId }, data: { instructorResetAllowed: opts.isAllowed } })
    await audit(
      {
        action: 'PASSWORD_RESET_CONSENT_CHANGED',
        actorId: opts.userId,
        subjectUserId: opts.userId,
        details: { isAllowed: opts.isAllowed },
      },
      tx,
    )
  })
}

export async function isResetConsentGiven(opts: { userId: string }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { instructorResetAllowed: true } })
  return user?.instructorResetAllowed ?? false
}
