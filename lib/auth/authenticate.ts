import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { AppError } from '@/lib/errors'
import { dummyHash, needsRehash, PASSWORD_MAX_LENGTH, verifyPassword } from './password'
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, clearEvents, recordEvent, refuseWhileFull, throttleKey, type Throttled } from './throttle'
import { upgradePasswordHash } from './upgrade-password-hash'

export const GENERIC_SIGN_IN_ERROR = 'That email and password do not match an account.'
export const DEACTIVATED_SIGN_IN_ERROR = 'This account has been deactivated. Ask your administrator to reactivate it.'

export interface AuthenticatedUser {
  id: string
  email: string
  name: string
  role: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'
  sessionVersion: number
}

/**
 * Checks an email and password. Unknown account and wrong password give the same error after the
 * same hashing work; failures count against both the account and the client address, and a full
 * bucket is refused before any password is checked.
 */
export async function authenticate(input: { email: unknown; password: unknown; ip: string }): Promise<AuthenticatedUser> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 320) : ''
  const password = typeof input.password === 'string' ? input.password.slice(0, PASSWORD_MAX_LENGTH + 1) : ''
  const account: Throttled = { key: throttleKey.account(email), limit: ACCOUNT_LIMIT }
  const address: Throttled = { key: throttleKey.address(input.ip), limit: ADDRESS_LIMIT }

  await refuseWhileFull(
    [account, address],
    (wait) => `Too many failed sign-ins. Try again in ${wait}, or ask your instructor for a password-reset link.`,
  )

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true, deactivatedAt: true },
      })
    : null
  // One password comparison on every path: against the account's hash, or the dummy when there is none.
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()))

  if (!user || !isMatch) {
    await Promise.all([recordEvent(account), recordEvent(address)])
    throw new AppError('BAD_INPUT', GENERIC_SIGN_IN_ERROR)
  }

  await clearEvents(account.key)
  // Said only to whoever knows the password, so it reveals nothing to anyone else.
  if (user.deactivatedAt) throw new AppError('FORBIDDEN', DEACTIVATED_SIGN_IN_ERROR)
  // An older or cheaper hash is replaced now, while the password is known.
  if (needsRehash(user.passwordHash)) await upgradePasswordHash({ userId: user.id, oldHash: user.passwordHash, password })
  await audit({ action: 'SIGN_IN', actorId: user.id, subjectUserId: user.id, ip: input.ip })
  const { passwordHash: _omitted, deactivatedAt: _inactive, ...safe } = user
  return safe
}
