import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { isStaff, type Actor } from '@/lib/authz'
import { AppError } from '@/lib/errors'
import { newTokenSecret } from './one-time-token'

export const INSTRUCTOR_INVITE_DAYS = 7

/** An instructor or admin creates a one-time link that signs a colleague up as an instructor. */
export async function createInstructorInvite(opts: { actor: Actor; email?: string | null }): Promise<{ path: string; expiresAt: Date }> {
  if (!isStaff(opts.actor)) throw new AppError('NOT_FOUND', 'Not found.')
  const { token, tokenHash } = newTokenSecret()
  const expiresAt = new Date(Date.now() + INSTRUCTOR_INVITE_DAYS * 86_400_000)
  await db.$transaction(async (tx) => {
    await tx.oneTimeToken.create({
      data: { tokenHash, purpose: 'INSTRUCTOR_INVITE', email: opts.email?.toLowerCase() ?? null, createdById: opts.actor.id, expiresAt },
    })
    await audit({ action: 'INSTRUCTOR_INVITE_CREATED', actorId: opts.actor.id, details: { email: opts.email ?? null } }, tx)
  })
  return { path: `/invite/${token}`, expiresAt }
}
