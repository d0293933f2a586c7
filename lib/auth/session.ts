import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { notFound, redirect } from 'next/navigation'
import { connection } from 'next/server'
import { db } from '@/lib/db'
import { authOptions } from './options'

export interface CurrentUser {
  id: string
  name: string
  email: string
  role: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'
}

/**
 * The signed-in user, or null. The JWT alone is not trusted: the account must still exist and its
 * sessionVersion must match the token's, so revoked sessions end on their next request.
 * Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection() // per request, never at build time
  const session = await getServerSession(authOptions())
  const id = session?.user?.id
  if (!id) return null
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true },
  })
  if (!user || session.sv !== user.sessionVersion) return null
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
