import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { hashPassword } from '@/lib/auth/password'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { EMAIL_TAKEN } from './create-account'
import { consumeToken } from './one-time-token'
import { ZAcceptInvite } from './schemas'

/** Creates an instructor account from an invite link (and joins its class, if it names one); the link works once. */
export async function acceptInstructorInvite(input: unknown): Promise<{ id: string }> {
  const parsed = ZAcceptInvite.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const { token, name, email, password } = parsed.data
  const passwordHash = await hashPassword(password)
  try {
    return await db.$transaction(async (tx) => {
      const invite = await consumeToken(tx, token, 'INSTRUCTOR_INVITE')
      if (invite.email && invite.email !== email) {
        const message = 'This invite was made for a different email address. Use that address, or ask for a new invite.'
        throw new AppError('BAD_INPUT', message, { email: [message] })
      }
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw new AppError('CONFLICT', EMAIL_TAKEN, { email: [EMAIL_TAKEN] })
      }
      const user = await tx.user.create({ data: { name, email, passwordHash, role: 'INSTRUCTOR' }, select: { id: true } })
      // A co-instructor invite also makes the new instructor a teacher of its class.
      if (invite.classId) await tx.membership.create({ data: { userId: user.id, classId: invite.classId, role: 'INSTRUCTOR' } })
      await audit(
        { action: 'INSTRUCTOR_INVITE_USED', actorId: user.id, subjectUserId: user.id, details: { invitedBy: invite.createdById } },
        tx,
      )
      return user
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', EMAIL_TAKEN, { email: [EMAIL_TAKEN] })
    throw error
  }
}
