// The grade half of the LTI platform simulator, shared by the integration tests and the browser
// tests' course site: an OAuth 2 token endpoint that checks Lectern's client assertion the way
// Canvas and Moodle do (signature against Lectern's published key set, iss = sub = client id,
// aud = token URL, a fresh jti every time), and AGS line items whose score posts are recorded.
// `failNextScorePosts` makes the next posts answer an error, for the retry tests.
import crypto from 'node:crypto'
import type http from 'node:http'
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose'

export interface RecordedScore {
  lineItem: string
  body: { userId: string; scoreGiven?: number; scoreMaximum?: number; activityProgress: string; gradingProgress: string; timestamp: string }
  scopes: string[]
}

export interface LineItem {
  id: string
  label: string
  scoreMaximum: number
  resourceId?: string
  resourceLinkId?: string
  tag?: string
}

export function gradeServices(opts: { origin: string; clientId: string; toolKeySet: () => Promise<JSONWebKeySet> }) {
  const tokenUrl = `${opts.origin}/token`
  const seenJtis = new Set<string>()
  const tokens = new Map<string, string[]>()
  const lineItems = new Map<string, LineItem>()
  const scores: RecordedScore[] = []
  const refusedAssertions: string[] = []
  let failures: { count: number; status: number } = { count: 0, status: 500 }

  const json = (res: http.ServerResponse, status: number, body: unknown, type = 'application/json') =>
    res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body))

  async function token(form: URLSearchParams, res: http.ServerResponse) {
    try {
      if (form.get('grant_type') !== 'client_credentials') throw new Error('grant_type must be client_credentials')
      if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
        throw new Error('bad assertion type')
      const { payload } = await jwtVerify(form.get('client_assertion') ?? '', createLocalJWKSet(await opts.toolKeySet()), {
        issuer: opts.clientId,
        subject: opts.clientId,
        audience: tokenUrl,
        maxTokenAge: '10m',
      })
      if (!payload.jti) throw new Error('assertion without jti')
      if (seenJtis.has(payload.jti)) throw new Error('Duplicate nonce detected')
      seenJtis.add(payload.jti)
    } catch (error) {
      refusedAssertions.push((error as Error).message)
      return json(res, 400, { error: 'invalid_grant', error_description: (error as Error).message })
    }
    const access = crypto.randomBytes(16).toString('hex')
    tokens.set(access, (form.get('scope') ?? '').split(' ').filter(Boolean))
    return json(res, 200, { access_token: access, token_type: 'Bearer', expires_in: 3600, scope: form.get('scope') })
  }

  const scopesOf = (req: http.IncomingMessage) => tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''))

  /** Answers the request if it is one of these services'; false otherwise. */
  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<boolean> {
    const url = new URL(req.url ?? '/', opts.origin)
    if (url.pathname === '/token' && req.method === 'POST') {
      await token(new URLSearchParams(body), res)
      return true
    }
    const items = /^\/courses\/([^/]+)\/lineitems$/.exec(url.pathname)
    const itemScores = /^\/courses\/([^/]+)\/lineitems\/([^/]+)\/scores$/.exec(url.pathname)
    if (!items && !itemScores) return false
    const scopes = scopesOf(req)
    if (!scopes) return (json(res, 401, { error: 'unknown token' }), true)
    if (items && req.method === 'GET') {
      const resourceId = url.searchParams.get('resource_id')
      const list = [...lineItems.values()].filter(
        (i) => i.id.startsWith(`${opts.origin}/courses/${items[1]}/`) && (!resourceId || i.resourceId === resourceId),
      )
      return (json(res, 200, list, 'application/vnd.ims.lis.v2.lineitemcontainer+json'), true)
    }
    if (items && req.method === 'POST') {
      if (!scopes.some((s) => s.endsWith('/scope/lineitem'))) return (json(res, 403, { error: 'scope' }), true)
      return (
        json(res, 201, addLineItem(items[1], JSON.parse(body) as Omit<LineItem, 'id'>), 'application/vnd.ims.lis.v2.lineitem+json'),
        true
      )
    }
    if (itemScores && req.method === 'POST') {
      const lineItem = `${opts.origin}/courses/${itemScores[1]}/lineitems/${itemScores[2]}`
      if (!lineItems.has(lineItem)) return (json(res, 404, { error: 'no such line item' }), true)
      if (!scopes.some((s) => s.endsWith('/scope/score'))) return (json(res, 403, { error: 'scope' }), true)
      if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') return (json(res, 415, { error: 'media type' }), true)
      if (failures.count > 0) {
        failures.count--
        return (json(res, failures.status, { error: 'the gradebook is unavailable' }), true)
      }
      scores.push({ lineItem, body: JSON.parse(body), scopes })
      return (res.writeHead(204).end(), true)
    }
    return false
  }

  /** A gradebook column, as the platform makes one for a deep-linked item. */
  function addLineItem(course: string, item: Omit<LineItem, 'id'>): LineItem {
    const made = { ...item, id: `${opts.origin}/courses/${course}/lineitems/${crypto.randomUUID()}` }
    lineItems.set(made.id, made)
    return made
  }

  return {
    handle,
    addLineItem,
    lineItems,
    scores,
    refusedAssertions,
    tokenUrl,
    failNextScorePosts: (count: number, status = 500) => void (failures = { count, status }),
  }
}
