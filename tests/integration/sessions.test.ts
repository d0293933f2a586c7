// Sessions end where they should, seen through next-auth's own handler: the same code that answers
// /api/auth/session and that getServerSession() (and so getCurrentUser) runs on every request.
import { createRequire } from 'node:module'
import { jest } from '@jest/globals'
// next-auth 4 does not export its core handler; the route handler wraps exactly this function.
import { AuthHandler } from '@/node_modules/next-auth/core/index.js'
import { encode, type JWT } from 'next-auth/jwt'
import { db } from '@/lib/db'
import { changePassword } from '@/lib/accounts/change-password'
import { signOutEverywhere } from '@/lib/accounts/sign-out-everywhere'
import { revokeSession } from '@/lib/auth/revoke-session'
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-lifetime'
import { createUser, KNOWN_PASSWORD } from '@/tests/factories'

// Jest's ESM loader hands a CommonJS module's whole exports object to a default import, where
// Next's bundler hands its default: give lib/auth/options.ts the real provider function.
const credentials = createRequire(import.meta.url)('next-auth/providers/credentials')
jest.unstable_mockModule('next-auth/providers/credentials', () => ({ default: credentials.default }))
const { authOptions } = await import('@/lib/auth/options')

// next-auth logs JWT_SESSION_ERROR for each refused cookie; here every refusal is expected.
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation(() => {})
})

const BASE = 'http://localhost:3000/api/auth'
const SESSION_COOKIE = 'next-auth.session-token'
const secret = () => process.env.NEXTAUTH_SECRET!

type Account = Awaited<ReturnType<typeof createUser>>

/** What next-auth does after a correct password: run the jwt callback with the user, sign the token. */
async function signIn(user: Account): Promise<string> {
  const token = (await authOptions().callbacks!.jwt!({
    token: { name: user.name, email: user.email },
    user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion, name: user.name, email: user.email },
    account: null,
  })) as JWT
  return `${SESSION_COOKIE}=${await encode({ token, secret: secret(), maxAge: SESSION_MAX_AGE_SECONDS })}`
}

async function handle(request: Request) {
  return AuthHandler({ req: request, options: authOptions() })
}

/** GET /api/auth/session with this cookie: the user it answers with, or null. */
async function sessionUser(cookie: string) {
  const response = await handle(new Request(`${BASE}/session`, { headers: { cookie } }))
  const body = response.body as { user?: { id: string; role: string } } | undefined
  return body?.user ?? null
}

/** POST /api/auth/signout the way the sign-out button does, with next-auth's CSRF token. */
async function signOut(cookie: string) {
  const csrf = await handle(new Request(`${BASE}/csrf`))
  const csrfCookie = csrf.cookies!.find((c) => c.name === 'next-auth.csrf-token')!
  const { csrfToken } = csrf.body as { csrfToken: string }
  await handle(
    new Request(`${BASE}/signout`, {
      method: 'POST',
      headers: { cookie: `${cookie}; next-auth.csrf-token=${csrfCookie.value}`, 'content-type': 'application/json' },
      body: JSON.stringify({ csrfToken, callbackUrl: '/signin?signedOut=1' }),
    }),
  )
}

describe('ending sessions', () => {
  it('a session cookie copied before sign-out no longer returns a user from /api/auth/session', async () => {
    const user = await createUser()
    const cookie = await signIn(user)
    expect((await sessionUser(cookie))?.id).toBe(user.id)
    await signOut(cookie)
    expect(await sessionUser(cookie)).toBeNull()
  })

  it("signing out one session leaves the account's other sessions signed in", async () => {
    const user = await createUser()
    const laptop = await signIn(user)
    const phone = await signIn(user)
    await signOut(laptop)
    expect(await sessionUser(laptop)).toBeNull()
    expect((await sessionUser(phone))?.id).toBe(user.id)
  })

  it('after "sign out everywhere", /api/auth/session returns no user for any earlier session', async () => {
    const user = await createUser()
    const laptop = await signIn(user)
    const phone = await signIn(user)
    await signOutEverywhere({ userId: user.id })
    expect(await sessionUser(laptop)).toBeNull()
    expect(await sessionUser(phone)).toBeNull()
    expect((await sessionUser(await signIn(await db.user.findUniqueOrThrow({ where: { id: user.id } }))))?.id).toBe(user.id)
  })

  it('after a password change, /api/auth/session returns no user for the older session', async () => {
    const user = await createUser()
    const cookie = await signIn(user)
    await changePassword({ userId: user.id, input: { currentPassword: KNOWN_PASSWORD, newPassword: 'a brand new passphrase' } })
    expect(await sessionUser(cookie)).toBeNull()
  })

  it('a token without a session id (issued before sessions could be revoked) is refused', async () => {
    const user = await createUser()
    const token: JWT = { name: user.name, email: user.email, uid: user.id, role: user.role, sv: user.sessionVersion }
    const cookie = `${SESSION_COOKIE}=${await encode({ token, secret: secret() })}`
    expect(await sessionUser(cookie)).toBeNull()
  })

  it("the session shows the account's role as it is now, not as it was at sign-in", async () => {
    const user = await createUser()
    const cookie = await signIn(user)
    await db.user.update({ where: { id: user.id }, data: { role: 'INSTRUCTOR' } })
    expect((await sessionUser(cookie))?.role).toBe('INSTRUCTOR')
  })

  it('a revoked id is kept while a token carrying it could be valid, and pruned after', async () => {
    const signedOutAt = new Date('2026-01-01T00:00:00Z')
    await revokeSession({ sid: 'old-session', now: signedOutAt })
    const row = await db.revokedSession.findUniqueOrThrow({ where: { sid: 'old-session' } })
    expect(row.expiresAt.getTime() - signedOutAt.getTime()).toBe(SESSION_MAX_AGE_SECONDS * 1000)
    await revokeSession({ sid: 'old-session', now: signedOutAt }) // signing out twice is harmless
    await revokeSession({ sid: 'later-session', now: new Date(row.expiresAt.getTime() - 1) })
    expect(await db.revokedSession.count({ where: { sid: 'old-session' } })).toBe(1)
    await revokeSession({ sid: 'much-later-session', now: new Date(row.expiresAt.getTime() + 1) })
    expect(await db.revokedSession.count({ where: { sid: 'old-session' } })).toBe(0)
  })
})
