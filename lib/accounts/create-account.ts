import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { hashPassword } from '@/lib/auth/password'
import { JOIN_ADDRESS_LIMIT, recordEvent, refuseWhileFull, SIGN_UP_ADDRESS_LIMIT, throttleKey, type Throttled } from '@/lib/auth/throttle'
import { AppError } from '@/lib/errors'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { fieldErrorsOf } from '@/lib/validation'
import { ZSignUp } from './schemas'

export const EMAIL_TAKEN = 'An account with that email already exists. Sign in instead, or ask your instructor for a password-reset link.'
export const UNKNOWN_JOIN_CODE = 'That join code does not match an open class. Check it with your instructor.'

/**
 * Student sign-up, optionally joining a class by code. Roles cannot be chosen here: instructor
 * accounts come only from invites or the user:create command. All or nothing.
 *
 * Every attempt counts against the client address, and a wrong join code also against the address's
 * join-code bucket (the one the join page uses), so neither codes nor emails can be tried without
 * limit. A taken email is reported before the code is looked at: the answer for a taken email is the
 * same whatever the code, so sign-up cannot be used to test codes.
 */
export async function createAccount(input: unknown, ip: string): Promise<{ id: string }> {
  const signUps: Throttled = { key: throttleKey.signUpAddress(ip), limit: SIGN_UP_ADDRESS_LIMIT }
  const joins: Throttled = { key: throttleKey.joinAddress(ip), limit: JOIN_ADDRESS_LIMIT }
  await refuseWhileFull([signUps, joins], (wait) => `Too many sign-ups from this network just now. Try again in ${wait}.`)
  await recordEvent(signUps)
  const parsed = ZSignUp.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const { name, email, password, joinCode } = parsed.data
  // Both refusals come before the costly hash, so a bad sign-up costs the server almost nothing.
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError('CONFLICT', EMAIL_TAKEN, { email: [EMAIL_TAKEN] })
  }
  const klass = joinCode
    ? await db.class.findFirst({ where: { joinCode, joinEnabled: true, archivedAt: null }, select: { id: true } })
    : null
  if (joinCode && !klass) {
    await recordEvent(joins)
    throw new AppError('BAD_INPUT', UNKNOWN_JOIN_CODE, { joinCode: [UNKNOWN_JOIN_CODE] })
  }
  const passwordHash = await hashPassword(password)
  try {
    return await db.$transaction(async (tx) => {
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
