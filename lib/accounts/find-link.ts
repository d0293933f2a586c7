import 'server-only'
import { db } from '@/lib/db'
import type { TokenPurpose } from '@/lib/generated/prisma/client'
import { hashToken, peekToken } from './one-time-token'

/** Whether a one-time link is still usable, and the email it was made for (to prefill the form). */
export async function findUsableLink(token: string, purpose: TokenPurpose) {
  if (token.length > 200) return null
  return db.$transaction((tx) => peekToken(tx, token, purpose))
}

/** An invite link of either kind, with the class it names; null when unusable. */
export async function findInvite(token: string) {
  if (token.length > 200) return null
  return db.oneTimeToken.findFirst({
    where: {
      tokenHash: hashToken(token),
      purpose: { in: ['INSTRUCTOR_INVITE', 'STUDENT_INVITE'] },
      usedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: { purpose: true, email: true, name: true, class: { select: { id: true, name: true } } },
  })
}
