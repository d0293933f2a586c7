import 'server-only'
import { db } from '@/lib/db'
import { hashPassword } from './password'

/**
 * Re-hashes a password at today's parameters after a successful sign-in, the one moment the
 * password is known. The old hash is part of the `where`, so a password changed in the meantime is
 * never overwritten; sessionVersion stays, because the password itself is unchanged. A failure here
 * costs nothing (the old hash still works and the next sign-in tries again), so it is logged, not thrown.
 */
export async function upgradePasswordHash(opts: { userId: string; oldHash: string; password: string }): Promise<void> {
  try {
    const passwordHash = await hashPassword(opts.password)
    await db.user.updateMany({ where: { id: opts.userId, passwordHash: opts.oldHash }, data: { passwordHash } })
  } catch (error) {
    console.error('Could not upgrade a password hash; the old one keeps working.', error)
  }
}
