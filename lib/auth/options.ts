import 'server-only'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { env } from '@/lib/env'
import { isAppError } from '@/lib/errors'
import { safeRedirectPath } from '@/lib/http/safe-redirect'
import { authenticate, GENERIC_SIGN_IN_ERROR } from './authenticate'
import { clientIp } from './client-ip'

// JWT sessions. The token carries the user's sessionVersion; lib/auth/session.ts compares it with
// the database on every request, so a password change or "sign out everywhere" ends old sessions.
// Cookies are next-auth's defaults: HttpOnly, SameSite=Lax, and Secure whenever NEXTAUTH_URL is https.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().nextAuthSecret,
    session: { strategy: 'jwt', maxAge: 14 * 24 * 60 * 60 },
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
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id
          token.role = user.role
          token.sv = user.sessionVersion
        }
        return token
      },
      session({ session, token }) {
        session.user = {
          id: token.uid ?? '',
          name: token.name ?? '',
          email: token.email ?? '',
          role: token.role ?? 'STUDENT',
        }
        session.sv = token.sv
        return session
      },
    },
  }
}
