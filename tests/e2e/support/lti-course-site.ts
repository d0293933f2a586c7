// A course site for the browser tests, on jose with keys of its own: its course page starts an
// LTI launch of Lectern (in a frame or not, with or without platform storage), its authorization
// endpoint posts a signed id_token back, its deep-link return verifies Lectern's signed answer and
// places the link with a gradebook column, and its token and score endpoints take grades
// (tests/lti-simulator/grade-services.ts). Cross-site to the app (127.0.0.1 against localhost), so
// Chromium applies its real third-party rules.
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { createRemoteJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JSONWebKeySet, type JWK } from 'jose'
import { CLAIM, SCOPE } from '@/lib/lti/claims'
import { gradeServices } from '@/tests/lti-simulator/grade-services'
import { LTI_CLIENT_ID, LTI_DEPLOYMENT_ID, LTI_SIM_ORIGIN, LTI_SIM_PORT } from './lti-world'

const LIS = 'http://purl.imsglobal.org/vocab/lis/v2/membership'
export const COURSE_USERS = {
  teacher: { sub: 'e2e-teacher', name: 'Dr Selenge Dorj', email: 'dorj@course.example', roles: [`${LIS}#Instructor`] },
  student: { sub: 'e2e-student', name: 'Tuya Bat', email: 'tuya@course.example', roles: [`${LIS}#Learner`] },
}
export type CourseUser = keyof typeof COURSE_USERS

export interface LaunchOptions {
  user: CourseUser
  frame?: boolean
  storage?: boolean
  message?: 'resource' | 'deep'
  resourceLinkId?: string
  assignmentId?: string
}

const html = (res: http.ServerResponse, body: string) =>
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course site</title></head><body>${body}</body></html>`)
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

const COURSE = 'e2e-course'

// One key pair for every spec file's course site, kept on disk: Lectern caches a platform's key set
// and, by design, refetches it at most every 30 s, so a new key per spec file would be refused as an
// unknown kid when two LTI specs run within half a minute. A real platform's keys are stable too.
const KEY_FILE = path.join(os.tmpdir(), `lectern-e2e-course-site-key-${LTI_SIM_PORT}.json`)

async function courseSiteKey() {
  if (!fs.existsSync(KEY_FILE)) {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
    const kid = `course-site-${crypto.randomUUID()}`
    fs.writeFileSync(KEY_FILE, JSON.stringify({ kid, publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) }))
  }
  const { kid, publicJwk, privateJwk } = JSON.parse(fs.readFileSync(KEY_FILE, 'utf8')) as { kid: string; publicJwk: JWK; privateJwk: JWK }
  return { privateKey: await importJWK(privateJwk, 'RS256'), jwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' } }
}

/** A link the instructor placed in the course by deep linking: what its launches carry. */
export interface PlacedLink {
  resourceLinkId: string
  title: string
  custom: Record<string, string>
  lineItemUrl: string
}

export async function startCourseSite(toolOrigin: string) {
  const { privateKey, jwk } = await courseSiteKey()
  const deepLinkAnswers: string[] = []
  const placedLinks: PlacedLink[] = []
  const toolKeys = createRemoteJWKSet(new URL(`${toolOrigin}/api/lti/jwks`), { cooldownDuration: 0 })
  const grades = gradeServices({
    origin: LTI_SIM_ORIGIN,
    clientId: LTI_CLIENT_ID,
    toolKeySet: async () => (await (await fetch(`${toolOrigin}/api/lti/jwks`)).json()) as JSONWebKeySet,
  })

  /** Checks Lectern's deep-linking answer as a platform must, then places each link it names. */
  async function placeLinks(jwt: string) {
    const { payload } = await jwtVerify(jwt, toolKeys, { issuer: LTI_CLIENT_ID, audience: LTI_SIM_ORIGIN, maxTokenAge: '5m' })
    if (payload[CLAIM.messageType] !== 'LtiDeepLinkingResponse') throw new Error('not a deep-linking response')
    if (payload[CLAIM.deploymentId] !== LTI_DEPLOYMENT_ID) throw new Error('wrong deployment')
    if (payload[CLAIM.deepLinkingData] !== 'e2e-data') throw new Error('data not echoed')
    type Item = {
      type: string
      title: string
      custom?: Record<string, string>
      lineItem?: { scoreMaximum: number; label: string; resourceId?: string }
    }
    for (const item of payload[CLAIM.contentItems] as Item[]) {
      if (item.type !== 'ltiResourceLink' || !item.lineItem) throw new Error('expected a resource link with a line item')
      const resourceLinkId = `placed-${crypto.randomUUID()}`
      const lineItem = grades.addLineItem(COURSE, { ...item.lineItem, resourceLinkId })
      placedLinks.push({ resourceLinkId, title: item.title, custom: item.custom ?? {}, lineItemUrl: lineItem.id })
    }
  }

  function loginUrl(o: LaunchOptions): string {
    const url = new URL(`${toolOrigin}/api/lti/login`)
    const hint = Buffer.from(JSON.stringify(o)).toString('base64url')
    const params: Record<string, string> = {
      iss: LTI_SIM_ORIGIN,
      login_hint: o.user,
      target_link_uri: `${toolOrigin}/api/lti/launch`,
      lti_message_hint: hint,
      client_id: LTI_CLIENT_ID,
      lti_deployment_id: LTI_DEPLOYMENT_ID,
    }
    if (o.storage) params.lti_storage_target = '_parent'
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
    return url.toString()
  }

  async function idToken(q: URLSearchParams): Promise<string> {
    const o = JSON.parse(Buffer.from(q.get('lti_message_hint') ?? '', 'base64url').toString()) as LaunchOptions
    const user = COURSE_USERS[q.get('login_hint') as CourseUser]
    const deep = o.message === 'deep'
    const placed = placedLinks.find((l) => l.resourceLinkId === o.resourceLinkId)
    return new SignJWT({
      nonce: q.get('nonce'),
      name: user.name,
      email: user.email,
      [CLAIM.messageType]: deep ? 'LtiDeepLinkingRequest' : 'LtiResourceLinkRequest',
      [CLAIM.version]: '1.3.0',
      [CLAIM.deploymentId]: LTI_DEPLOYMENT_ID,
      [CLAIM.targetLinkUri]: `${toolOrigin}/api/lti/launch`,
      [CLAIM.roles]: user.roles,
      [CLAIM.context]: { id: COURSE, label: 'HIST 305', title: 'Asia in the Late Cold War' },
      [CLAIM.agsEndpoint]: {
        scope: [SCOPE.lineItem, SCOPE.resultReadOnly, SCOPE.score],
        lineitems: `${LTI_SIM_ORIGIN}/courses/${COURSE}/lineitems`,
        ...(placed ? { lineitem: placed.lineItemUrl } : {}),
      },
      ...(deep
        ? {
            [CLAIM.deepLinkingSettings]: {
              deep_link_return_url: `${LTI_SIM_ORIGIN}/deep-link-return`,
              accept_types: ['ltiResourceLink'],
              data: 'e2e-data',
            },
          }
        : { [CLAIM.resourceLink]: { id: o.resourceLinkId ?? 'course-nav' } }),
      ...(o.assignmentId ? { [CLAIM.custom]: { lectern_assignment: o.assignmentId } } : {}),
      ...(placed ? { [CLAIM.custom]: placed.custom } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(LTI_SIM_ORIGIN)
      .setSubject(user.sub)
      .setAudience(LTI_CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey)
  }

  // The parent page's half of LTI postMessage storage (lti-pm-s v0.1), only for the tool's origin.
  const storageScript = `var store = {};
window.addEventListener('message', function (e) {
  if (e.origin !== ${JSON.stringify(toolOrigin)} || !e.data) return;
  var d = e.data;
  if (d.subject === 'lti.put_data') { store[d.key] = d.value; e.source.postMessage({ subject: 'lti.put_data.response', message_id: d.message_id, key: d.key, value: d.value }, e.origin); }
  if (d.subject === 'lti.get_data') e.source.postMessage({ subject: 'lti.get_data.response', message_id: d.message_id, key: d.key, value: store[d.key] }, e.origin);
});`

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', LTI_SIM_ORIGIN)
    let body = ''
    for await (const chunk of req) body += chunk
    if (await grades.handle(req, res, body)) return
    if (url.pathname === '/jwks') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }))
    if (url.pathname === '/course') {
      const o = JSON.parse(url.searchParams.get('launch') ?? '{}') as LaunchOptions
      if (!o.frame) return res.writeHead(302, { location: loginUrl(o) }).end()
      return html(
        res,
        `<h1>Asia in the Late Cold War</h1>${o.storage ? `<script>${storageScript}</script>` : ''}<iframe name="tool" title="Lectern" src="${attr(loginUrl(o))}" width="1000" height="700"></iframe>`,
      )
    }
    if (url.pathname === '/authorize') {
      if (url.searchParams.get('client_id') !== LTI_CLIENT_ID || url.searchParams.get('redirect_uri') !== `${toolOrigin}/api/lti/launch`)
        return res.writeHead(400).end('bad client or redirect_uri')
      const token = await idToken(url.searchParams)
      return html(
        res,
        `<form method="post" action="${attr(url.searchParams.get('redirect_uri')!)}"><input type="hidden" name="id_token" value="${attr(token)}"><input type="hidden" name="state" value="${attr(url.searchParams.get('state') ?? '')}"></form><script>document.forms[0].submit()</script>`,
      )
    }
    if (url.pathname === '/deep-link-return' && req.method === 'POST') {
      const jwt = new URLSearchParams(body).get('JWT') ?? ''
      deepLinkAnswers.push(jwt)
      try {
        await placeLinks(jwt)
      } catch (error) {
        return res.writeHead(400).end(`Lectern's answer was refused: ${(error as Error).message}`)
      }
      return html(res, '<h1>Added to your course</h1>')
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(LTI_SIM_PORT, '127.0.0.1', resolve))
  return {
    courseUrl: (o: LaunchOptions) => `${LTI_SIM_ORIGIN}/course?launch=${encodeURIComponent(JSON.stringify(o))}`,
    deepLinkAnswers,
    placedLinks,
    grades,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
