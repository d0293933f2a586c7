import 'server-only'
import { db } from '@/lib/db'
import type { TokenPurpose } from '@/lib/generated/prisma/client'
import { peekToken } from './one-time-token'

/** Whether a one-time link is still usable, and the email it was made for (to prefill the form). */
export async function findUsableLink(token: string, purpose: TokenPurpose) {
  if (token.length > 200) return null
  return db.$transaction((tx) => peekToken(tx, token, purpose))
}
