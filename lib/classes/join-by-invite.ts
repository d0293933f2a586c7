import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { consumeToken } from '@/lib/accounts/one-time-token'
import { AppError } from '@/lib/errors'

/**
 * A signed-in student accepts a class invite with the account they already have: their own act is
 * what enrols them (docs/decisions/008-enrolment-and-resets.md). The invite also brings back a
 * student the instructor had removed, since both sides now agree. The link works once.
 */
export async function joinByInvite(opts: { userId: string; token: string }): Promise<{ classId: string; name: string }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: opts.userId }, select: { role: true } })
    if (user.role !== 'STUDENT') {
      throw new AppError(
        'BAD_INPUT',
        'This invitation is for a student. You are signed in with a staff account: sign out, then open the link again.',
      )
    }
    const invite = await consumeToken(tx, opts.token, 'STUDENT_INVITE')
    const classId = invite.classId!
    const klass = await tx.class.findFirst({ where: { id: classId, archivedAt: null }, select: { id: true, name: true } })
    if (!klass) throw new AppError('NOT_FOUND', 'This class is no longer open. Ask your instructor.')
    await tx.membership.upsert({
      where: { userId_classId: { userId: opts.userId, classId } },
      create: { userId: opts.userId, classId, role: 'STUDENT' },
      update: { removedAt: null },
    })
    await audit({ action: 'CLASS_JOINED', actorId: opts.userId, subjectUserId: opts.userId, details: { classId, via: 'invite' } }, tx)
    return { classId: klass.id, name: klass.name }
  })
}
