import 'server-only'
import { db } from '@/lib/db'

export interface CurrentUser {
  id: string
  name: string
  email: string
  role: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'
}

/** What a session token claims: the account, its sessionVersion at sign-in, the session's id. */
export interface SessionClaims {
  uid?: string
  sv?: number
  sid?: string
}

/**
 * The account a session token stands for, or null when the session has ended: the account is
 * gone, its sessionVersion moved on (password change, reset, "sign out everywhere"), or this
 * session was signed out, or an administrator deactivated the account. Every way in (pages, actions, route handlers, next-auth's own
 * /api/auth/session) passes through here, from next-auth's jwt callback. Two primary-key lookups.
 */
export async function verifySession(claims: SessionClaims): Promise<CurrentUser | null> {
  const { uid, sv, sid } = claims
  // Tokens issued before sessions had ids cannot be revoked one by one: they are refused.
  if (!uid || sv === undefined || !sid) return null
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: uid },
      select: { id: true, name: true, email: true, role: true, sessionVersion: true, deactivatedAt: true },
    }),
    db.revokedSession.findUnique({ where: { sid }, select: { sid: true } }),
  ])
  if (!user || revoked || user.sessionVersion !== sv || user.deactivatedAt) return null
  return { id: user.id, name: user.name, email: user.email, role: user.role }
}
