import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { hashPassword } from '@/lib/auth/password'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf, zName, zNewPassword } from '@/lib/validation'
import { consumeToken } from './one-time-token'

export const INVITE_EMAIL_HAS_ACCOUNT =
  'This email already has a Lectern account. Sign in with it, then open this link again to join the class.'

const ZAcceptStudentInvite = z.strictObject({ token: z.string().min(1).max(200), name: zName, password: zNewPassword })

/** A student invited by their instructor, with no account yet, sets a password; the new account joins the class. */
export async function acceptStudentInvite(input: unknown): Promise<{ id: string; email: string }> {
  const parsed = ZAcceptStudentInvite.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const passwordHash = await hashPassword(parsed.data.password)
  try {
    return await db.$transaction(async (tx) => {
      const invite = await consumeToken(tx, parsed.data.token, 'STUDENT_INVITE')
      const email = invite.email!
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new AppError('CONFLICT', INVITE_EMAIL_HAS_ACCOUNT)
      const user = await tx.user.create({
        data: { name: parsed.data.name, email, passwordHash, role: 'STUDENT' },
        select: { id: true, email: true },
      })
      await tx.membership.create({ data: { userId: user.id, classId: invite.classId!, role: 'STUDENT' } })
      await audit({ action: 'SIGN_UP', actorId: user.id, subjectUserId: user.id, details: { classId: invite.classId, via: 'invite' } }, tx)
      return user
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', INVITE_EMAIL_HAS_ACCOUNT)
    throw error
  }
}
