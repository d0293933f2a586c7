import 'server-only'
import { randomUUID } from 'node:crypto'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { isDatabaseUnavailable } from '@/lib/database/unavailable'
import { env } from '@/lib/env'
import { isAppError } from '@/lib/errors'
import { safeRedirectPath } from '@/lib/http/safe-redirect'
import { authenticate, GENERIC_SIGN_IN_ERROR } from './authenticate'
import { clientIp } from './client-ip'
import { revokeSession } from './revoke-session'
import { SessionEndedError } from './session-ended'
import { SESSION_MAX_AGE_SECONDS } from './session-lifetime'
import { verifySession } from './verify-session'

// JWT sessions (decision 010). The token carries the user's sessionVersion and a random session id;
// the jwt callback checks both against the database whenever a session is read — by pages, actions,
// route handlers and next-auth's own /api/auth/session alike — so a password change, "sign out
// everywhere" or signing out ends the session on its next request, on every copy of the cookie.
// Cookies are next-auth's defaults: HttpOnly, SameSite=Lax, and Secure whenever NEXTAUTH_URL is https.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().nextAuthSecret,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          try {
            const user = await authenticate({
              email: credentials?.email,
              password: credentials?.password,
              ip: clientIp(req?.headers ?? {}),
            })
            return user
          } catch (error) {
            // next-auth hands this message to the sign-in form; never anything more specific.
            throw new Error(isAppError(error) ? error.message : GENERIC_SIGN_IN_ERROR)
          }
        },
      }),
    ],
    callbacks: {
      // Every redirect next-auth makes (after sign-in or sign-out) passes the same check as the
      // sign-in page's callbackUrl: only a path on this origin.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, { origin: baseUrl, fallback: '/' })}`
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id
          token.role = user.role
          token.sv = user.sessionVersion
          // next-auth's own jti changes every time the token is re-issued; this id lasts the session.
          token.sid = randomUUID()
          return token
        }
        let current
        try {
          current = await verifySession(token)
        } catch (error) {
          // A database that cannot answer (restarting, pool exhausted) has not ended the session:
          // throwing here would make next-auth clear the cookie and sign every student out. The
          // token is kept, marked unverified, and getCurrentUser() answers "busy, try again".
          if (isDatabaseUnavailable(error)) return { ...token, unverified: true }
          throw error
        }
        if (!current) throw new SessionEndedError()
        delete token.unverified
        // The name, email and role the account has now, not the ones it had at sign-in.
        token.name = current.name
        token.email = current.email
        token.role = current.role
        return token
      },
      session({ session, token }) {
        session.user = {
          id: token.uid ?? '',
          name: token.name ?? '',
          email: token.email ?? '',
          role: token.role ?? 'STUDENT',
        }
        if (token.unverified) session.unverified = true
        return session
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeSession({ sid: token.sid })
      },
    },
  }
}
