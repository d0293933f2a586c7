import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { hashPassword } from '@/lib/auth/password'
import { throttleKey } from '@/lib/auth/throttle'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { consumeToken } from './one-time-token'
import { ZResetPassword } from './schemas'

/**
 * Sets a new password from a one-time link and ends every existing session of the account. The
 * account is marked with who issued the link, so its owner is told on their next signed-in page
 * (components/layout/reset-notice.tsx) — whoever set the password.
 */
export async function resetPassword(input: unknown): Promise<void> {
  const parsed = ZResetPassword.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const passwordHash = await hashPassword(parsed.data.password)
  await db.$transaction(async (tx) => {
    const token = await consumeToken(tx, parsed.data.token, 'PASSWORD_RESET')
    const userId = token.userId!
    const issuer = token.createdById
      ? await tx.user.findUnique({ where: { id: token.createdById }, select: { name: true, role: true } })
      : null
    const { email } = await tx.user.update({
      where: { id: userId },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        resetNoticeAt: new Date(),
        resetNoticeByName: issuer ? `${issuer.name} (${issuer.role === 'ADMIN' ? 'administrator' : 'instructor'})` : null,
      },
      select: { email: true },
    })
    // A student locked out by failed sign-ins can sign in with the new password at once.
    await tx.loginThrottle.deleteMany({ where: { key: throttleKey.account(email) } })
    await audit({ action: 'PASSWORD_RESET_USED', actorId: userId, subjectUserId: userId, details: { issuedById: token.createdById } }, tx)
  })
}
