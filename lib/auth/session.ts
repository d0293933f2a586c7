import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { notFound, redirect } from 'next/navigation'
import { connection } from 'next/server'
import { unavailableError } from '@/lib/errors'
import { authOptions } from './options'
import type { CurrentUser } from './verify-session'

export type { CurrentUser } from './verify-session'

/**
 * The signed-in user, or null. The JWT alone is not trusted: reading the session runs next-auth's
 * jwt callback, which checks the account, its sessionVersion and the session's revocation in the
 * database (verify-session.ts) and yields no session when any of them fails. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection() // per request, never at build time
  const session = await getServerSession(authOptions())
  // Not "signed out": the database could not check the session now. Routes answer 503 with
  // Retry-After and forms "try again in a moment"; the student's cookie and answers are kept.
  if (session?.unverified) throw unavailableError()
  const user = session?.user
  if (!user?.id) return null
  return { id: user.id, name: user.name, email: user.email, role: user.role }
})

/** For pages and actions: the signed-in user, or a redirect to sign in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect('/signin')
  return user
}

/** For instructor-only pages and actions. Anyone else gets 404: existence is not revealed. */
export async function requireRole(...roles: CurrentUser['role'][]): Promise<CurrentUser> {
  const user = await requireUser()
  if (!roles.includes(user.role)) notFound()
  return user
}
