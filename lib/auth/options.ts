import 'server-only'
import { randomUUID } from 'node:crypto'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
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
        const current = await verifySession(token)
        if (!current) throw new SessionEndedError()
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
