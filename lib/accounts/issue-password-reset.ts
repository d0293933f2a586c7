import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { AppError } from '@/lib/errors'
import { newTokenSecret } from './one-time-token'

export const RESET_LINK_HOURS = 24

/**
 * An instructor issues a one-time reset link for a student in one of their classes (there is no
 * mail server: the instructor passes the link on). Earlier unused links for the student stop working.
 * Returns the path of the link.
 */
export async function issuePasswordReset(opts: { actorId: string; studentId: string }): Promise<{ path: string; expiresAt: Date }> {
  return db.$transaction(async (tx) => {
    // Ownership in the query: the student must be an active student in a class the actor teaches.
    const shared = await tx.membership.findFirst({
      where: {
        userId: opts.studentId,
        role: 'STUDENT',
        removedAt: null,
        user: { role: 'STUDENT' },
        class: { memberships: { some: { userId: opts.actorId, role: 'INSTRUCTOR', removedAt: null } } },
      },
      select: { id: true },
    })
    if (!shared) throw new AppError('NOT_FOUND', 'No such student in your classes.')
    await tx.oneTimeToken.deleteMany({ where: { userId: opts.studentId, purpose: 'PASSWORD_RESET', usedAt: null } })
    const { token, tokenHash } = newTokenSecret()
    const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000)
    await tx.oneTimeToken.create({
      data: { tokenHash, purpose: 'PASSWORD_RESET', userId: opts.studentId, createdById: opts.actorId, expiresAt },
    })
    await audit({ action: 'PASSWORD_RESET_ISSUED', actorId: opts.actorId, subjectUserId: opts.studentId }, tx)
    return { path: `/reset/${token}`, expiresAt }
  })
}
