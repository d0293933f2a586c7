import 'server-only'
import { randomUUID } from 'node:crypto'
import { encode } from 'next-auth/jwt'
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-lifetime'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { LaunchError } from './launch-error'

// A launch becomes the same Lectern session a password sign-in makes: a next-auth JWT with the same
// claims (lib/auth/options.ts jwt callback), which every later request re-checks against the
// account (verify-session.ts) — so signing out, "sign out everywhere" and deactivation end it too.
// Minted here because no password is involved, and so no sign-in throttle applies.

export interface SessionCookie {
  name: string
  value: string
  maxAge: number
}

/** next-auth's cookie name: the __Secure- prefix whenever the site is served over https. */
export function sessionCookieName(isHttps: boolean): string {
  return `${isHttps ? '__Secure-' : ''}next-auth.session-token`
}

export async function sessionCookieFor(userId: string, isHttps: boolean): Promise<SessionCookie> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, deactivatedAt: true },
  })
  if (!user || user.deactivatedAt)
    throw new LaunchError(
      'ACCOUNT_DEACTIVATED',
      'Your Lectern account has been deactivated. Ask your administrator to reactivate it.',
      `user ${userId} gone or deactivated`,
    )
  const value = await encode({
    secret: env().nextAuthSecret,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { uid: user.id, role: user.role, sv: user.sessionVersion, sid: randomUUID(), name: user.name, email: user.email },
  })
  return { name: sessionCookieName(isHttps), value, maxAge: SESSION_MAX_AGE_SECONDS }
}

/**
 * The Set-Cookie attributes. In the platform's frame the cookie is third-party: it needs
 * SameSite=None; Secure, and Partitioned (CHIPS) so browsers that block third-party cookies keep
 * it, for this platform's frame only. Browsers accept Secure cookies from http://localhost only,
 * which is where the tests run.
 */
export function cookieAttributes(opts: { embedded: boolean; isHttps: boolean; maxAge: number }): string {
  const base = `Path=/; HttpOnly; Max-Age=${opts.maxAge}`
  if (opts.embedded) return `${base}; SameSite=None; Secure; Partitioned`
  return `${base}; SameSite=Lax${opts.isHttps ? '; Secure' : ''}`
}
