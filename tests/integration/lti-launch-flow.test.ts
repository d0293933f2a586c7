// A launch from a course site, end to end through Lectern's three endpoints, with a stand-in
// platform (its own keys, its key set served over HTTP so Lectern fetches it for real): the login
// sends the browser to the platform with state and nonce; the posted id_token becomes an account,
// a class, a membership and a one-time ticket; the ticket becomes a session once. The rules each
// refusal checks are in lti-launch-verification.test.ts.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { installNextRequestMocks } from '@/tests/setup/next-request-mocks'

installNextRequestMocks()
const { db } = await import('@/lib/db')
const { handleLogin, handleLaunch, handleEnter } = await import('@/lib/lti/endpoints')
const { registerPlatform } = await import('@/lib/lti/platforms')
const { CLAIM } = await import('@/lib/lti/claims')
const { verifySession } = await import('@/lib/auth/verify-session')
const { decode } = await import('next-auth/jwt')

const TOOL = 'http://localhost:3999'
const { publicKey, privateKey } = await generateKeyPair('RS256')
const jwk = { ...(await exportJWK(publicKey)), kid: 'platform-key-1', alg: 'RS256', use: 'sig' }
const server = http.createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
)
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const platformOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const ISSUER = 'https://lms.example.edu'
const CLIENT_ID = 'lectern-client'
beforeAll(async () => {
  process.env.NEXTAUTH_URL = TOOL
  await registerPlatform({
    name: 'Example LMS',
    issuer: ISSUER,
    clientId: CLIENT_ID,
    deploymentIds: 'dep-1',
    authUrl: `${platformOrigin}/authorize`,
    tokenUrl: `${platformOrigin}/token`,
    jwksUrl: `${platformOrigin}/jwks`,
    frameOrigins: 'https://lms.example.edu',
  })
})

/** Where the login page sends a browser that opened it as a window of its own. */
async function authorizeUrl(response: Response): Promise<URL> {
  const html = await response.clone().text()
  return new URL(JSON.parse(/location\.replace\(("[^"]+")\)/.exec(html)![1]))
}

async function login(extra: Record<string, string> = {}) {
  const query = new URLSearchParams({
    iss: ISSUER,
    login_hint: 'hint-1',
    target_link_uri: `${TOOL}/api/lti/launch`,
    lti_message_hint: 'm-1',
    client_id: CLIENT_ID,
    ...extra,
  })
  const response = await handleLogin(new Request(`${TOOL}/api/lti/login?${query}`))
  return response
}

function idToken(nonce: string, claims: Record<string, unknown>) {
  return new SignJWT({
    nonce,
    [CLAIM.messageType]: 'LtiResourceLinkRequest',
    [CLAIM.version]: '1.3.0',
    [CLAIM.deploymentId]: 'dep-1',
    [CLAIM.targetLinkUri]: `${TOOL}/api/lti/launch`,
    [CLAIM.resourceLink]: { id: 'link-1', title: 'Week 3 reading' },
    [CLAIM.context]: { id: 'course-42', label: 'HIST 210', title: 'Cold War Asia' },
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'platform-key-1' })
    .setIssuer(ISSUER)
    .setAudience(CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey)
}

async function launch(claims: Record<string, unknown>) {
  const started = await login()
  const auth = await authorizeUrl(started)
  const state = auth.searchParams.get('state')!
  const cookie = started.headers.get('set-cookie')!.split(';')[0]
  const body = new URLSearchParams({ id_token: await idToken(auth.searchParams.get('nonce')!, claims), state })
  const response = await handleLaunch(
    new Request(`${TOOL}/api/lti/launch`, {
      method: 'POST',
      body,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    }),
  )
  return { response, html: await response.text() }
}

const ticketOf = (html: string) => new URL(/href="([^"]+)"/.exec(html)![1].replace(/&amp;/g, '&')).searchParams.get('ticket')!

const INSTRUCTOR = {
  sub: 'teacher-sub',
  name: 'Dr Amara Odu',
  email: 'odu@lms.example.edu',
  [CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'],
}
const STUDENT = {
  sub: 'student-sub',
  name: 'Kim Bayar',
  email: 'bayar@lms.example.edu',
  [CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
}

describe('LTI launch flow', () => {
  it('login sends the browser to the platform with every OIDC parameter, the message hint unaltered, and a SameSite=None state cookie; in a frame it offers a new window instead', async () => {
    const response = await login()
    expect(response.status).toBe(200)
    const html = await response.clone().text()
    expect(html).toContain('Open Lectern in a new window')
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors https://lms.example.edu')
    const auth = await authorizeUrl(response)
    expect(auth.origin + auth.pathname).toBe(`${platformOrigin}/authorize`)
    expect(Object.fromEntries(auth.searchParams)).toMatchObject({
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: CLIENT_ID,
      redirect_uri: `${TOOL}/api/lti/launch`,
      login_hint: 'hint-1',
      lti_message_hint: 'm-1',
    })
    const row = await db.ltiLogin.findUnique({ where: { state: auth.searchParams.get('state')! } })
    expect(row?.nonce).toBe(auth.searchParams.get('nonce'))
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=None; Secure/)
  })

  it('a login from an unregistered platform is refused with a page saying to register it, and stores nothing', async () => {
    const before = await db.ltiLogin.count()
    const response = await handleLogin(new Request(`${TOOL}/api/lti/login?iss=https://other.example&login_hint=x&target_link_uri=${TOOL}`))
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('not registered with Lectern')
    expect(await db.ltiLogin.count()).toBe(before)
  })

  it('a student launching before any instructor has is told the course is not set up, and no account is made', async () => {
    const { response, html } = await launch({ ...STUDENT, sub: 'early-student', email: 'early@lms.example.edu' })
    expect(response.status).toBe(400)
    expect(html).toContain('has not opened Lectern in this course yet')
    expect(await db.user.findUnique({ where: { email: 'early@lms.example.edu' } })).toBeNull()
  })

  it('an instructor launch makes the account, the class (named for the course) and a teaching membership; its ticket becomes a session once', async () => {
    const { response, html } = await launch(INSTRUCTOR)
    expect(response.status).toBe(200)
    const user = await db.user.findUniqueOrThrow({ where: { email: 'odu@lms.example.edu' } })
    expect(user.role).toBe('INSTRUCTOR')
    const context = await db.ltiContext.findFirstOrThrow({
      where: { contextId: 'course-42' },
      include: { class: { include: { memberships: true } } },
    })
    expect(context.class.name).toBe('Cold War Asia')
    expect(context.class.joinEnabled).toBe(false)
    expect(context.class.memberships).toEqual([expect.objectContaining({ userId: user.id, role: 'INSTRUCTOR' })])
    expect(await db.auditLog.count({ where: { action: 'LTI_LAUNCH', subjectUserId: user.id } })).toBe(1)

    const ticket = ticketOf(html)
    const entered = await handleEnter(new Request(`${TOOL}/api/lti/enter?ticket=${ticket}`))
    expect(entered.status).toBe(303)
    expect(entered.headers.get('location')).toBe(`${TOOL}/classes/${context.classId}`)
    const setCookie = entered.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^next-auth\.session-token=/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    const token = await decode({ token: setCookie.split(';')[0].split('=')[1], secret: process.env.NEXTAUTH_SECRET! })
    expect(await verifySession(token as never)).toMatchObject({ id: user.id, role: 'INSTRUCTOR' })

    const again = await handleEnter(new Request(`${TOOL}/api/lti/enter?ticket=${ticket}`))
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('already been used or has expired')
  })

  it('an embedded entry sets a partitioned SameSite=None session cookie and a signed frame grant for the platform’s origins', async () => {
    const { html } = await launch(INSTRUCTOR)
    const entered = await handleEnter(new Request(`${TOOL}/api/lti/enter?ticket=${ticketOf(html)}&embedded=1`))
    const cookies = entered.headers.getSetCookie()
    expect(cookies[0]).toMatch(/SameSite=None; Secure; Partitioned/)
    const { readFrameGrant, FRAME_GRANT_COOKIE } = await import('@/lib/lti/frame-grant')
    const grant = cookies
      .find((c) => c.startsWith(`${FRAME_GRANT_COOKIE}=`))!
      .split(';')[0]
      .split('=')[1]
    expect(readFrameGrant(grant, process.env.NEXTAUTH_SECRET)).toEqual(['https://lms.example.edu'])
    expect(readFrameGrant(grant, 'another-secret-another-secret-another')).toEqual([])
  })

  it('a student launch after the instructor joins the same class as a student; launching again reuses the account', async () => {
    await launch(STUDENT)
    await launch(STUDENT)
    const links = await db.ltiUser.findMany({ where: { sub: 'student-sub' }, include: { user: { include: { memberships: true } } } })
    expect(links).toHaveLength(1)
    const context = await db.ltiContext.findFirstOrThrow({ where: { contextId: 'course-42' } })
    expect(links[0].user.memberships).toEqual([expect.objectContaining({ classId: context.classId, role: 'STUDENT' })])
    expect(links[0].user.role).toBe('STUDENT')
  })

  it('an existing administrator’s account is never taken over by a launch carrying its email', async () => {
    const admin = await db.user.create({ data: { email: 'root@lms.example.edu', name: 'Root', role: 'ADMIN', passwordHash: 'x' } })
    await launch({ ...INSTRUCTOR, sub: 'impostor', email: 'root@lms.example.edu' })
    const link = await db.ltiUser.findUniqueOrThrow({ where: { issuer_sub: { issuer: ISSUER, sub: 'impostor' } } })
    expect(link.userId).not.toBe(admin.id)
    // The new account gets an address of its own; the administrator's is untouched.
    expect((await db.user.findUniqueOrThrow({ where: { id: link.userId } })).email).toMatch(/@users\.lti\.invalid$/)
  })

  it('a role with no place in a class (an observer) is refused and no membership is made', async () => {
    const { response, html } = await launch({
      ...STUDENT,
      sub: 'parent',
      email: 'parent@lms.example.edu',
      [CLAIM.roles]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor'],
    })
    expect(response.status).toBe(400)
    expect(html).toContain('has no place in it yet')
    expect(await db.user.findUnique({ where: { email: 'parent@lms.example.edu' } })).toBeNull()
  })
})

describe('LTI deep linking', () => {
  it('a deep-linking launch lands the instructor on the picker; the answer is a JWT signed with Lectern’s published key, naming the assignment, its line item and the echoed data; the assignment is made once', async () => {
    const { html } = await launch({
      ...INSTRUCTOR,
      [CLAIM.messageType]: 'LtiDeepLinkingRequest',
      [CLAIM.resourceLink]: undefined,
      [CLAIM.deepLinkingSettings]: {
        deep_link_return_url: `${platformOrigin}/deep-link-return`,
        accept_types: ['ltiResourceLink'],
        data: 'opaque-42',
      },
    })
    const entered = await handleEnter(new Request(`${TOOL}/api/lti/enter?ticket=${ticketOf(html)}`))
    const requestId = /\/lti\/deep-link\/([^/?]+)$/.exec(entered.headers.get('location')!)![1]
    const request = await db.ltiDeepLinkRequest.findUniqueOrThrow({ where: { id: requestId } })
    const { createAssignment } = await import('@/lib/assignments/create-assignment')
    const { fulfilDeepLinkRequest } = await import('@/lib/lti/deep-linking/deep-link-request')
    const make = (classId: string) =>
      createAssignment({
        userId: request.userId,
        classId,
        input: {
          title: 'Week 3: the record',
          lessonSlug: 'batmunkh-kim-1986',
          requiredParts: ['record'],
          questionSetIds: ['comprehension'],
          opensAt: '2026-01-01T00:00:00.000Z',
          dueAt: '2027-01-01T00:00:00.000Z',
          latePolicy: 'CLOSE',
          attemptsAllowed: 1,
          feedbackRelease: 'ON_SUBMIT',
        },
      })
    const { id: assignmentId } = await fulfilDeepLinkRequest({ userId: request.userId, requestId }, make)
    await expect(fulfilDeepLinkRequest({ userId: request.userId, requestId }, make)).rejects.toThrow('already been answered')
    const { answerDeepLink } = await import('@/lib/lti/deep-linking/deep-link-response')
    const answer = await answerDeepLink({ userId: request.userId, requestId, assignmentId, origin: TOOL })
    expect(answer.returnUrl).toBe(`${platformOrigin}/deep-link-return`)

    const { createLocalJWKSet, jwtVerify } = await import('jose')
    const { publishedKeySet } = await import('@/lib/lti/tool-keys')
    const { payload } = await jwtVerify(answer.jwt, createLocalJWKSet(await publishedKeySet()), { issuer: CLIENT_ID, audience: ISSUER })
    expect(payload[CLAIM.messageType]).toBe('LtiDeepLinkingResponse')
    expect(payload[CLAIM.version]).toBe('1.3.0')
    expect(payload[CLAIM.deploymentId]).toBe('dep-1')
    expect(payload[CLAIM.deepLinkingData]).toBe('opaque-42')
    expect(payload[CLAIM.contentItems]).toEqual([
      expect.objectContaining({
        type: 'ltiResourceLink',
        title: 'Week 3: the record',
        url: `${TOOL}/api/lti/launch`,
        custom: { lectern_assignment: assignmentId },
        lineItem: expect.objectContaining({ resourceId: assignmentId, label: 'Week 3: the record', scoreMaximum: expect.any(Number) }),
      }),
    ])
    // A reload of the answer page signs it again; another instructor cannot.
    await expect(answerDeepLink({ userId: request.userId, requestId, assignmentId, origin: TOOL })).resolves.toBeDefined()
    const other = await db.user.create({ data: { email: 'other@x.edu', name: 'Other', role: 'INSTRUCTOR', passwordHash: 'x' } })
    await expect(answerDeepLink({ userId: other.id, requestId, assignmentId, origin: TOOL })).rejects.toThrow('Not found')

    // The link the platform made from it: its first launch binds the resource link to the assignment.
    const { response, html: landed } = await launch({
      ...STUDENT,
      [CLAIM.resourceLink]: { id: 'link-from-deep-link' },
      [CLAIM.custom]: { lectern_assignment: assignmentId },
      [CLAIM.agsEndpoint]: { scope: [], lineitem: `${platformOrigin}/lineitems/7` },
    })
    expect(response.status).toBe(200)
    const bound = await db.ltiResourceLink.findFirstOrThrow({ where: { resourceLinkId: 'link-from-deep-link' } })
    expect(bound).toMatchObject({ assignmentId, lineItemUrl: `${platformOrigin}/lineitems/7` })
    const studentEntry = await handleEnter(new Request(`${TOOL}/api/lti/enter?ticket=${ticketOf(landed)}`))
    expect(studentEntry.headers.get('location')).toBe(`${TOOL}/assignments/${assignmentId}`)
  })
})
