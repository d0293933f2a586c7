import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { AppError } from '@/lib/errors'
import { newListedTokenSecret } from './one-time-token'
import { resettableBy, studentOfActor } from './reset-permission'

export const RESET_LINK_HOURS = 24

export const RESET_NEEDS_CONSENT =
  'This student is also in classes you do not teach, so a reset link from you would open their work there too. ' +
  'Ask them to turn on “Let my instructors reset my password” on their Account page, or ask an administrator to reset it.'

/**
 * A one-time reset link for a student (there is no mail server: the person who issues it passes it
 * on). Who may issue one is lib/accounts/reset-permission.ts. Earlier unused links for the account
 * stop working. Audited; the student is told when the link is used. Returns the link's path; it stays
 * listed for its issuer until used or expired (list-reset-links.ts).
 */
export async function issuePasswordReset(opts: { actorId: string; studentId: string }): Promise<{ path: string; expiresAt: Date }> {
  return db.$transaction(async (tx) => {
    const actor = await tx.user.findUniqueOrThrow({ where: { id: opts.actorId }, select: { id: true, role: true } })
    const allowed = await tx.user.findFirst({ where: resettableBy(actor, opts.studentId), select: { id: true } })
    if (!allowed) {
      const isTheirStudent = await tx.user.findFirst({ where: studentOfActor(actor.id, opts.studentId), select: { id: true } })
      if (isTheirStudent) throw new AppError('FORBIDDEN', RESET_NEEDS_CONSENT)
      throw new AppError('NOT_FOUND', 'No such student in your classes.')
    }
    await tx.oneTimeToken.deleteMany({ where: { userId: opts.studentId, purpose: 'PASSWORD_RESET', usedAt: null } })
    const { token, tokenHash, tokenSealed } = newListedTokenSecret()
    const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000)
    await tx.oneTimeToken.create({
      data: { tokenHash, tokenSealed, purpose: 'PASSWORD_RESET', userId: opts.studentId, createdById: opts.actorId, expiresAt },
    })
    await audit({ action: 'PASSWORD_RESET_ISSUED', actorId: opts.actorId, subjectUserId: opts.studentId }, tx)
    return { path: `/reset/${token}`, expiresAt }
  })
}
