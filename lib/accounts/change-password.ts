import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { ZChangePassword } from './schemas'

/** Changes a password after checking the current one; every session, this one included, ends. */
export async function changePassword(opts: { userId: string; input: unknown }): Promise<void> {
  const parsed = ZChangePassword.safeParse(opts.input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { passwordHash: true } })
  if (!user) throw new AppError('NOT_FOUND', 'Account not found.')
  if (!(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) {
    const message = 'Your current password is not right.'
    throw new AppError('BAD_INPUT', message, { currentPassword: [message] })
  }
  const passwordHash = await hashPassword(parsed.data.newPassword)
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: opts.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } })
    await audit({ action: 'PASSWORD_CHANGED', actorId: opts.userId, subjectUserId: opts.userId }, tx)
  })
}
