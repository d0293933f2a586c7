// Every rule a launch's id_token must pass (lib/lti/verify-launch.ts), each broken on its own by
// an otherwise valid token from a stand-in platform whose key set is served over HTTP: the launch
// is refused with the failure that names the rule, and nothing about the person is written.
import http from 'node:http'
import { jest } from '@jest/globals'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose'
import { installNextRequestMocks } from '@/tests/setup/next-request-mocks'

installNextRequestMocks()
const { db } = await import('@/lib/db')
const { startLogin } = await import('@/lib/lti/login')
const { verifyLaunch } = await import('@/lib/lti/verify-launch')
const { registerPlatform } = await import('@/lib/lti/platforms')
const { CLAIM } = await import('@/lib/lti/claims')
const { LaunchError } = await import('@/lib/lti/launch-error')

const ISSUER = 'https://canvas.example.edu'
const CLIENT_ID = '10000000000042'
const REDIRECT = 'http://localhost:3999/api/lti/launch'

type Key = { kid: string; privateKey: CryptoKey; jwk: JWK }
async function newKey(kid: string): Promise<Key> {
  const { publicKey, privateKey } = await generateKeyPair('RS256')
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } }
}
let published: Key[] = [await newKey('k1')]
const server = http.createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published.map((k) => k.jwk) })),
)
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeAll(async () => {
  await registerPlatform({
    name: 'Canvas',
    issuer: ISSUER,
    clientId: CLIENT_ID,
    deploymentIds: 'deployment-1',
    authUrl: 'https://canvas.example.edu/api/lti/authorize_redirect',
    tokenUrl: 'https://canvas.example.edu/login/oauth2/token',
    jwksUrl,
  })
})

const NOW = () => Math.floor(Date.now() / 1000)

interface TokenOptions {
  claims?: Record<string, unknown>
  key?: Key
  kid?: string
  aud?: string | string[]
  iss?: string
  iat?: number
  exp?: number
  nonce?: string
}

async function loginAndToken(opts: TokenOptions = {}) {
  const login = await startLogin({ iss: ISSUER, login_hint: 'u1', target_link_uri: REDIRECT, client_id: CLIENT_ID }, REDIRECT)
  const key = opts.key ?? published[0]
  const idToken = await new SignJWT({
    nonce: opts.nonce ?? login.nonce,
    sub: 'student-7',
    email: 'student7@canvas.example.edu',
    [CLAIM.messageType]: 'LtiResourceLinkRequest',
    [CLAIM.version]: '1.3.0',
    [CLAIM.deploymentId]: 'deployment-1',
    [CLAIM.targetLinkUri]: REDIRECT,
    [CLAIM.resourceLink]: { id: 'rl-1' },
    [CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
    [CLAIM.context]: { id: 'c-1', title: 'Course' },
    ...opts.claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? key.kid })
    .setIssuer(opts.iss ?? ISSUER)
    .setAudience(opts.aud ?? CLIENT_ID)
    .setIssuedAt(opts.iat ?? NOW())
    .setExpirationTime(opts.exp ?? NOW() + 300)
    .sign(key.privateKey)
  return { login, idToken }
}

async function refusalOf(opts: TokenOptions & { browserState?: string | null } = {}) {
  const { login, idToken } = await loginAndToken(opts)
  const usersBefore = await db.user.count()
  const error = await verifyLaunch({
    idToken,
    state: login.state,
    browserState: opts.browserState === undefined ? login.state : opts.browserState,
  }).then(
    () => null,
    (e: unknown) => e,
  )
  expect(await db.user.count()).toBe(usersBefore)
  expect(await db.ltiUser.count()).toBe(0)
  if (!(error instanceof LaunchError)) throw new Error(`expected a LaunchError, got ${String(error)}`)
  return error.failure
}

describe('launch verification', () => {
  it('accepts a well-formed launch and hands back its claims', async () => {
    const { login, idToken } = await loginAndToken()
    const launch = await verifyLaunch({ idToken, state: login.state, browserState: login.state })
    expect(launch.claims.sub).toBe('student-7')
    expect(launch.platform.clientId).toBe(CLIENT_ID)
  })
  it('accepts an array audience whose azp is Lectern’s client id', async () => {
    const { login, idToken } = await loginAndToken({ aud: [CLIENT_ID, 'other'], claims: { azp: CLIENT_ID } })
    await expect(verifyLaunch({ idToken, state: login.state, browserState: login.state })).resolves.toBeDefined()
  })
  it('refuses a token signed by a key other than the one its kid names (wrong signature)', async () => {
    const forger = await newKey('k1')
    expect(await refusalOf({ key: forger })).toBe('BAD_SIGNATURE')
  })
  it('refuses a token whose kid the platform does not publish, even after fetching its keys again', async () => {
    expect(await refusalOf({ key: await newKey('never-published') })).toBe('UNKNOWN_KEY')
  })
  it('accepts a key the platform rotated in after Lectern cached its set (refetch on an unknown kid, once the 30 s cooldown has passed)', async () => {
    const rotated = await newKey('k2')
    published = [...published, rotated]
    const { login, idToken } = await loginAndToken({ key: rotated })
    // jose refetches a key set at most every 30 s (platform-keys.ts), timed by Date.now.
    const later = Date.now() + 31_000
    const spy = jest.spyOn(Date, 'now').mockReturnValue(later)
    try {
      await expect(verifyLaunch({ idToken, state: login.state, browserState: login.state })).resolves.toBeDefined()
    } finally {
      spy.mockRestore()
    }
  })
  it('refuses a token for another client id (wrong aud)', async () => {
    expect(await refusalOf({ aud: 'someone-else' })).toBe('WRONG_AUDIENCE')
  })
  it('refuses an array audience whose azp is not Lectern (azp mismatch)', async () => {
    expect(await refusalOf({ aud: [CLIENT_ID, 'other'], claims: { azp: 'other' } })).toBe('WRONG_AZP')
  })
  it('refuses an array audience with no azp', async () => {
    expect(await refusalOf({ aud: [CLIENT_ID, 'other'] })).toBe('WRONG_AZP')
  })
  it('refuses a token from another issuer', async () => {
    expect(await refusalOf({ iss: 'https://evil.example' })).toBe('BAD_TOKEN')
  })
  it('refuses a nonce Lectern did not issue for this login (reused nonce from another login)', async () => {
    const first = await loginAndToken()
    expect(await refusalOf({ nonce: first.login.nonce })).toBe('BAD_NONCE')
  })
  it('refuses the same launch posted twice: state and nonce are single-use', async () => {
    const { login, idToken } = await loginAndToken()
    await verifyLaunch({ idToken, state: login.state, browserState: login.state })
    await expect(verifyLaunch({ idToken, state: login.state, browserState: login.state })).rejects.toMatchObject({ failure: 'BAD_STATE' })
  })
  it('refuses a state this browser does not hold (wrong state), and one it holds nothing for', async () => {
    expect(await refusalOf({ browserState: 'some-other-state' })).toBe('BAD_STATE')
    expect(await refusalOf({ browserState: null })).toBe('BAD_STATE')
  })
  it('refuses an expired token, beyond the minute of skew', async () => {
    expect(await refusalOf({ iat: NOW() - 900, exp: NOW() - 120 })).toBe('EXPIRED')
  })
  it('accepts a token that expired within the minute of skew', async () => {
    const { login, idToken } = await loginAndToken({ iat: NOW() - 300, exp: NOW() - 30 })
    await expect(verifyLaunch({ idToken, state: login.state, browserState: login.state })).resolves.toBeDefined()
  })
  it('refuses a token issued in the future, beyond the minute of skew', async () => {
    expect(await refusalOf({ iat: NOW() + 600, exp: NOW() + 900 })).toBe('ISSUED_IN_FUTURE')
  })
  it('refuses an unknown deployment', async () => {
    expect(await refusalOf({ claims: { [CLAIM.deploymentId]: 'deployment-9' } })).toBe('UNKNOWN_DEPLOYMENT')
  })
  it('refuses a version other than 1.3.0', async () => {
    expect(await refusalOf({ claims: { [CLAIM.version]: '1.1' } })).toBe('BAD_CLAIMS')
  })
  it('refuses a resource-link launch without a resource link', async () => {
    expect(await refusalOf({ claims: { [CLAIM.resourceLink]: undefined } })).toBe('NO_RESOURCE_LINK')
  })
  it('refuses an unknown message type', async () => {
    expect(await refusalOf({ claims: { [CLAIM.messageType]: 'LtiSubmissionReviewRequest' } })).toBe('BAD_CLAIMS')
  })
  it('refuses an anonymous launch (no sub)', async () => {
    expect(await refusalOf({ claims: { sub: undefined } })).toBe('NO_USER')
  })
  it('refuses an expired login (state older than five minutes)', async () => {
    const { login, idToken } = await loginAndToken()
    await db.ltiLogin.update({ where: { state: login.state }, data: { expiresAt: new Date(Date.now() - 1000) } })
    await expect(verifyLaunch({ idToken, state: login.state, browserState: login.state })).rejects.toMatchObject({ failure: 'BAD_STATE' })
  })
})
