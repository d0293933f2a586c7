import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { consumeToken } from '@/lib/accounts/one-time-token'
import { AppError } from '@/lib/errors'

/** A signed-in instructor accepts a co-instructor link and becomes an instructor of its class. */
export async function acceptCoInstructorInvite(opts: { userId: string; token: string }): Promise<{ classId: string }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: opts.userId }, select: { role: true } })
    if (user.role === 'STUDENT')
      throw new AppError('FORBIDDEN', 'This link is for instructors. Sign out and create an instructor account with it.')
    const invite = await consumeToken(tx, opts.token, 'INSTRUCTOR_INVITE')
    if (!invite.classId) throw new AppError('BAD_INPUT', 'This invite creates an account; it does not name a class.')
    await tx.membership.upsert({
      where: { userId_classId: { userId: opts.userId, classId: invite.classId } },
      create: { userId: opts.userId, classId: invite.classId, role: 'INSTRUCTOR' },
      update: { role: 'INSTRUCTOR', removedAt: null },
    })
    await audit(
      { action: 'INSTRUCTOR_INVITE_USED', actorId: opts.userId, subjectUserId: opts.userId, details: { classId: invite.classId } },
      tx,
    )
    return { classId: invite.classId }
  })
}
