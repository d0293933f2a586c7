import 'server-only'
import crypto from 'node:crypto'
import type { Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { TokenPurpose } from '@/lib/generated/prisma/client'
import { sealToken } from './link-seal'

// One-time links carry 32 random bytes; the database keeps only their SHA-256, so a copy of the
// database does not contain usable links.
export function newTokenSecret(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, tokenHash: hashToken(token) }
}

/** A token whose issuer may be shown it again (invite and reset links): also kept sealed (link-seal.ts). */
export function newListedTokenSecret(): { token: string; tokenHash: string; tokenSealed: string } {
  const { token, tokenHash } = newTokenSecret()
  return { token, tokenHash, tokenSealed: sealToken(token) }
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

export const EXPIRED_LINK = 'This link has expired or has already been used. Ask your instructor for a new one.'

/** Marks the token used, atomically: of two simultaneous uses, exactly one succeeds. */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose) {
  const tokenHash = hashToken(token)
  const { count } = await tx.oneTimeToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  })
  if (count === 0) throw new AppError('EXPIRED', EXPIRED_LINK)
  return tx.oneTimeToken.findUniqueOrThrow({ where: { tokenHash } })
}

/** Looks a token up without using it (to show the form behind a link). */
export async function peekToken(tx: Tx, token: string, purpose: TokenPurpose) {
  return tx.oneTimeToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, userId: true, classId: true, expiresAt: true },
  })
}
