import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { hashPassword } from '@/lib/auth/password'
import { AppError } from '@/lib/errors'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { fieldErrorsOf } from '@/lib/validation'
import { ZSignUp } from './schemas'

export const EMAIL_TAKEN = 'An account with that email already exists. Sign in instead, or ask your instructor for a password-reset link.'
export const UNKNOWN_JOIN_CODE = 'That join code does not match an open class. Check it with your instructor.'

/**
 * Student sign-up, optionally joining a class by code. Roles cannot be chosen here: instructor
 * accounts come only from invites or the user:create command. All or nothing.
 */
export async function createAccount(input: unknown): Promise<{ id: string }> {
  const parsed = ZSignUp.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const { name, email, password, joinCode } = parsed.data
  const passwordHash = await hashPassword(password)
  try {
    return await db.$transaction(async (tx) => {
      const klass = joinCode
        ? await tx.class.findFirst({ where: { joinCode, joinEnabled: true, archivedAt: null }, select: { id: true } })
        : null
      if (joinCode && !klass) throw new AppError('BAD_INPUT', UNKNOWN_JOIN_CODE, { joinCode: [UNKNOWN_JOIN_CODE] })
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw new AppError('CONFLICT', EMAIL_TAKEN, { email: [EMAIL_TAKEN] })
      }
      const user = await tx.user.create({ data: { name, email, passwordHash, role: 'STUDENT' }, select: { id: true } })
      if (klass) await tx.membership.create({ data: { userId: user.id, classId: klass.id, role: 'STUDENT' } })
      await audit({ action: 'SIGN_UP', actorId: user.id, subjectUserId: user.id, details: { classId: klass?.id ?? null } }, tx)
      return user
    })
  } catch (error) {
    // Two sign-ups racing with one email: the database's unique index decides.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', EMAIL_TAKEN, { email: [EMAIL_TAKEN] })
    throw error
  }
}
