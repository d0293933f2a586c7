// Registering LTI platforms and rotating Lectern's key, through the admin page's own actions:
// bad input is refused field by field and writes nothing, a second registration of the same
// issuer and client is refused, an edit replaces the deployments, every act is audited, a rotated
// key stays published for RETIRED_KEY_PUBLISHED_SECONDS and then not, and the key set never
// carries a private part.
import { installNextRequestMocks, NotFoundThrown, signInAs, type SessionUser } from '@/tests/setup/next-request-mocks'

installNextRequestMocks()
const { db } = await import('@/lib/db')
const { registerPlatformAction, updatePlatformAction, rotateToolKeyAction } = await import('@/app/(admin)/admin/lti/actions')
const { GET: jwks } = await import('@/app/api/lti/jwks/route')
const { getPlatform } = await import('@/lib/lti/platforms')
const { publishedKeySet, RETIRED_KEY_PUBLISHED_SECONDS } = await import('@/lib/lti/tool-keys')
const { createUser } = await import('@/tests/factories')

type Account = Awaited<ReturnType<typeof createUser>>
const as = (u: Account): SessionUser => ({ id: u.id, name: u.name, email: u.email, role: u.role })
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return data
}
async function callAs(user: Account, fn: (state: unknown, form: FormData) => Promise<unknown>, fields: Record<string, string>) {
  signInAs(as(user))
  try {
    return (await fn({}, form(fields))) as { ok?: boolean; message?: string; fieldErrors?: Record<string, string[]> }
  } finally {
    signInAs(null)
  }
}
const canvas = (overrides: Record<string, string> = {}) => ({
  name: 'University Canvas',
  issuer: 'https://canvas.instructure.com',
  clientId: '10000000000001',
  deploymentIds: '1:abc\n2:def',
  authUrl: 'https://sso.canvaslms.com/api/lti/authorize_redirect',
  tokenUrl: 'https://school.instructure.com/login/oauth2/token',
  jwksUrl: 'https://sso.canvaslms.com/api/lti/security/jwks',
  frameOrigins: 'https://school.instructure.com',
  ...overrides,
})
const PRIVATE_PARTS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']

let admin: Account
let instructor: Account
beforeAll(async () => {
  admin = await createUser({ role: 'ADMIN', name: 'Ada Administrator' })
  instructor = await createUser({ role: 'INSTRUCTOR', name: 'Ian Instructor' })
})

describe('registering a platform', () => {
  it('refuses bad input with an error on each field at fault, and writes nothing', async () => {
    const state = await callAs(
      admin,
      registerPlatformAction,
      canvas({ name: '', issuer: 'canvas', deploymentIds: '', jwksUrl: 'http://evil.example.com/jwks' }),
    )
    expect(state.ok).not.toBe(true)
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['deploymentIds', 'issuer', 'jwksUrl', 'name'])
    expect(await db.ltiPlatform.count()).toBe(0)
    expect(await db.auditLog.count({ where: { action: 'LTI_PLATFORM_REGISTERED' } })).toBe(0)
  })

  it('is refused to anyone but an administrator', async () => {
    signInAs(as(instructor))
    await expect(registerPlatformAction({}, form(canvas()))).rejects.toBeInstanceOf(NotFoundThrown)
    signInAs(null)
    expect(await db.ltiPlatform.count()).toBe(0)
  })

  it('registers once, audited, and refuses the same issuer and client id again', async () => {
    expect((await callAs(admin, registerPlatformAction, canvas())).ok).toBe(true)
    const again = await callAs(admin, registerPlatformAction, canvas({ name: 'Canvas again' }))
    expect(again.ok).not.toBe(true)
    expect(again.message).toMatch(/already registered/)
    expect(await db.ltiPlatform.count()).toBe(1)
    expect(await db.auditLog.count({ where: { action: 'LTI_PLATFORM_REGISTERED', actorId: admin.id } })).toBe(1)
  })

  it('an edit replaces the deployments with the ones given, audited', async () => {
    const platform = await db.ltiPlatform.findFirstOrThrow()
    const state = await callAs(admin, updatePlatformAction, { platformId: platform.id, ...canvas({ deploymentIds: '2:def, 3:ghi' }) })
    expect(state.ok).toBe(true)
    expect((await getPlatform(platform.id)).deployments.map((d) => d.deploymentId)).toEqual(['2:def', '3:ghi'])
    expect(await db.auditLog.count({ where: { action: 'LTI_PLATFORM_UPDATED' } })).toBe(1)
  })
})

describe('Lectern’s keys', () => {
  it('the JWKS route serves public keys only, cacheable for five minutes', async () => {
    const response = await jwks()
    expect(response.headers.get('cache-control')).toBe('public, max-age=300')
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] }
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' })
      for (const part of PRIVATE_PARTS) expect(key).not.toHaveProperty(part)
    }
  })

  it('rotation keeps the old key published, then stops publishing it after RETIRED_KEY_PUBLISHED_SECONDS', async () => {
    const [before] = (await publishedKeySet()).keys
    const state = await callAs(admin, rotateToolKeyAction, {})
    expect(state.ok).toBe(true)
    expect(await db.auditLog.count({ where: { action: 'LTI_KEY_ROTATED' } })).toBe(1)
    const now = (await publishedKeySet()).keys.map((k) => k.kid)
    expect(now).toHaveLength(2)
    expect(now).toContain(before.kid)
    const later = new Date(Date.now() + (RETIRED_KEY_PUBLISHED_SECONDS + 1) * 1000)
    const after = (await publishedKeySet(later)).keys
    expect(after.map((k) => k.kid)).not.toContain(before.kid)
    expect(after).toHaveLength(1)
    for (const key of after) for (const part of PRIVATE_PARTS) expect(key).not.toHaveProperty(part)
  })

  it('rotation is refused to anyone but an administrator', async () => {
    signInAs(as(instructor))
    await expect(rotateToolKeyAction({}, form({}))).rejects.toBeInstanceOf(NotFoundThrown)
    signInAs(null)
    expect(await db.auditLog.count({ where: { action: 'LTI_KEY_ROTATED' } })).toBe(1)
  })
})
