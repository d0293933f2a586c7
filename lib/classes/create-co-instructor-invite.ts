import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { newTokenSecret } from '@/lib/accounts/one-time-token'
import { INSTRUCTOR_INVITE_DAYS } from '@/lib/accounts/create-instructor-invite'
import { assertTeaches } from './class-access'

/**
 * A one-time link that makes a colleague an instructor of this class: an existing instructor
 * signs in and accepts; someone new creates an instructor account through it.
 */
export async function createCoInstructorInvite(opts: { userId: string; classId: string }): Promise<{ path: string; expiresAt: Date }> {
  const { token, tokenHash } = newTokenSecret()
  const expiresAt = new Date(Date.now() + INSTRUCTOR_INVITE_DAYS * 86_400_000)
  await db.$transaction(async (tx) => {
    await assertTeaches(tx, opts)
    await tx.oneTimeToken.create({
      data: { tokenHash, purpose: 'INSTRUCTOR_INVITE', classId: opts.classId, createdById: opts.userId, expiresAt },
    })
    await audit({ action: 'INSTRUCTOR_INVITE_CREATED', actorId: opts.userId, details: { classId: opts.classId } }, tx)
  })
  return { path: `/invite/${token}`, expiresAt }
}
