// Every route handler under app/ (found on disk, as the authorization sweep finds them), called with
// fast-check's hostile versions of a valid request: path segments replaced by ids of other people's
// objects, of nothing, or by hostile text; query strings and bodies of wrong shapes, broken JSON,
// wrong content types, huge and deeply nested values, polluting keys. Callers are the kinds of people
// the handler is for, the outsiders included. No answer may be a 500 (or a throw, which Next.js turns
// into one), a refusal must write nothing, and its message must be fit to show a person.
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { installNextRequestMocks, REQUEST_HEADERS } from '@/tests/setup/next-request-mocks'
import type { RouteEntry, World } from '@/tests/support/entry-points'

installNextRequestMocks()
const { ROUTE_BUILT } = await import('@/lib/http/route')
const { authOptions } = await import('@/lib/auth/options')
const { callRoute, entryPoints, PUBLIC_ROUTES, SWEEP, sweepWorld } = await import('@/tests/support/entry-points')
const {
  callersFor,
  changedTables,
  databaseChecksum,
  fcOptions,
  hostileId,
  hostileJson,
  hostileKey,
  hostileString,
  isRejected,
  mutatedFields,
  unclearMessages,
} = await import('@/tests/support/hostile-input')

const points = await entryPoints()
const ROUTES = [...points].filter(([, p]) => p.kind === 'route')

/** A valid request to a handler: its path and segments, query, and a JSON or form body. */
interface Call {
  path: string
  params: Record<string, string>
  query: Record<string, string>
  json?: Record<string, unknown>
  form?: Record<string, string>
}

const issuer = (w: World) => `https://sweep-${w.klass.id}.example.edu`
const loginFields = (w: World) => ({
  iss: issuer(w),
  login_hint: 'sweep-user',
  target_link_uri: 'http://localhost:3000/api/lti/launch',
  client_id: 'sweep-client',
  lti_deployment_id: 'dep-1',
  lti_message_hint: 'hint',
})

// The public handlers have no sweep entry (nobody's data to aim at); these are their valid requests.
// next-auth's handler is a library's, run by Next.js itself: the sign-in test below covers the part of
// it that is Lectern's, the credentials check.
const PUBLIC_CALLS: Record<string, (w: World) => Call> = {
  'api/health/route.ts#GET': () => ({ path: '/api/health', params: {}, query: {} }),
  'api/lti/jwks/route.ts#GET': () => ({ path: '/api/lti/jwks', params: {}, query: {} }),
  'api/lti/login/route.ts#GET': (w) => ({ path: '/api/lti/login', params: {}, query: loginFields(w) }),
  'api/lti/login/route.ts#POST': (w) => ({ path: '/api/lti/login', params: {}, query: {}, form: loginFields(w) }),
  'api/lti/launch/route.ts#POST': () => ({
    path: '/api/lti/launch',
    params: {},
    query: {},
    form: { id_token: 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln', state: 'not-a-state' },
  }),
  'api/lti/enter/route.ts#GET': () => ({ path: '/api/lti/enter', params: {}, query: { ticket: 'not-a-ticket', embedded: '1' } }),
}
const LIBRARY_ROUTES = ['api/auth/[...nextauth]/route.ts#GET', 'api/auth/[...nextauth]/route.ts#POST']

function validCall(name: string, w: World): Call | undefined {
  if (name in PUBLIC_CALLS) return PUBLIC_CALLS[name](w)
  const entry = SWEEP[name] as RouteEntry | undefined
  if (!entry || !('url' in entry)) return undefined
  const url = new URL(entry.url(w), 'http://localhost:3000')
  const body = entry.body?.(w)
  return {
    path: url.pathname,
    params: entry.params(w),
    query: Object.fromEntries(url.searchParams),
    json: body === undefined ? undefined : (body as Record<string, unknown>),
  }
}

interface Hostile {
  params: Record<string, string>
  query: Record<string, unknown>
  body?: { type: string; text: string }
}

const RAW_BODIES = ['', '{', '{"a":', 'null', '[]', '"text"', '1', '\u0000', '{"a":1}{"b":2}', `{"x":"${'y'.repeat(300_000)}"}`]
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
]

const queryText = (query: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString()

function hostileRequest(method: string, valid: Call, w: World): fc.Arbitrary<Hostile> {
  const params = fc.record(
    Object.fromEntries(Object.keys(valid.params).map((k) => [k, fc.oneof(fc.constant(valid.params[k]), hostileId(w))])),
  )
  const query = Object.keys(valid.query).length
    ? fc.oneof(mutatedFields(valid.query, w, hostileString), fc.constant(valid.query))
    : fc.oneof(fc.constant({}), fc.dictionary(hostileKey, hostileString, { maxKeys: 3 }))
  if (method !== 'POST') return fc.record({ params, query })
  const json = (v: unknown) => ({ type: 'application/json', text: JSON.stringify(v) ?? '' })
  const raw = fc.record({ type: fc.constantFrom(...CONTENT_TYPES), text: fc.constantFrom(...RAW_BODIES) })
  const body = valid.form
    ? fc.oneof(
        {
          arbitrary: mutatedFields(valid.form, w, hostileString).map((f) => ({
            type: 'application/x-www-form-urlencoded',
            text: queryText(f),
          })),
          weight: 4,
        },
        { arbitrary: raw, weight: 1 },
      )
    : fc.oneof(
        { arbitrary: valid.json ? mutatedFields(valid.json, w, hostileJson(w)).map(json) : hostileJson(w).map(json), weight: 4 },
        { arbitrary: hostileJson(w).map(json), weight: 1 },
        { arbitrary: raw, weight: 1 },
      )
  return fc.record({ params, query, body: fc.option(body, { freq: 6, nil: undefined }) })
}

function toRequest(method: string, valid: Call, h: Hostile): Request {
  const search = queryText(h.query)
  return new Request(`http://localhost:3000${valid.path}${search ? `?${search}` : ''}`, {
    method,
    headers: { ...REQUEST_HEADERS, ...(h.body ? { 'content-type': h.body.type } : {}) },
    body: h.body?.text,
  })
}

let world: World

beforeAll(async () => {
  jest.spyOn(console, 'error').mockImplementation(() => {})
  jest.spyOn(console, 'warn').mockImplementation(() => {})
  world = await sweepWorld()
}, 120_000)

describe('route handlers under hostile input', () => {
  it('finds the route handlers to abuse, each with a valid request to start from', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(20)
    const missing = ROUTES.map(([name]) => name).filter((name) => !LIBRARY_ROUTES.includes(name) && !validCall(name, world))
    expect(missing).toEqual([])
    // Every public handler is abused here, not only listed as public.
    expect(Object.keys(PUBLIC_ROUTES).filter((name) => !LIBRARY_ROUTES.includes(name) && !(name in PUBLIC_CALLS))).toEqual([])
  })

  it.each(ROUTES.filter(([name]) => !LIBRARY_ROUTES.includes(name)).map(([name, p]) => [name, p.fn] as const))(
    '%s: never answers 500, writes nothing when it refuses, and says why in words',
    async (name, fn) => {
      const method = name.split('#')[1]
      const valid = validCall(name, world)!
      const access = (fn as unknown as Record<symbol, { access: unknown } | undefined>)[ROUTE_BUILT]?.access
      let last = await databaseChecksum()
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...callersFor(access ?? 'public', world)),
          hostileRequest(method, valid, world),
          async (user, h) => {
            const problems: string[] = []
            const before = last
            let outcome
            try {
              outcome = await callRoute(fn, toRequest(method, valid, h), h.params, user)
            } catch (error) {
              problems.push(`threw (a 500) ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 300)}`)
            }
            last = await databaseChecksum()
            // 503 is the intended "busy or unhealthy, try again"; any other 5xx is a bug.
            if (outcome?.kind === 'response' && outcome.status >= 500 && outcome.status !== 503)
              problems.push(`answered ${outcome.status}: ${outcome.text.slice(0, 300)}`)
            if (!outcome || isRejected(outcome)) {
              const changed = changedTables(before, last)
              if (changed.length) problems.push(`${outcome ? 'refused' : 'threw'} but wrote to ${changed.join(', ')}`)
            }
            if (outcome && isRejected(outcome)) problems.push(...unclearMessages(outcome))
            if (problems.length)
              problems.push(`request: ${JSON.stringify({ ...h, body: h.body && { ...h.body, text: h.body.text.slice(0, 300) } })}`)
            expect(problems).toEqual([])
          },
        ),
        fcOptions,
      )
    },
    60_000,
  )
})

describe('the sign-in route (next-auth) under hostile credentials', () => {
  it('refuses hostile emails and passwords with the one generic message, never an internal error, and writes only to the sign-in throttle', async () => {
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (credentials: unknown, req: unknown) => Promise<unknown> }
    }
    let last = await databaseChecksum()
    await fc.assert(
      fc.asyncProperty(
        fc.record({ email: fc.oneof(hostileString, fc.constant(world.student.email)), password: hostileString }, { requiredKeys: [] }),
        async (credentials) => {
          const problems: string[] = []
          try {
            const user = await provider.options.authorize(credentials, { headers: REQUEST_HEADERS })
            if (user) problems.push(`signed in: ${JSON.stringify(user)}`)
          } catch (error) {
            const message = (error as Error).message
            if (!/^[A-Z][^\n]{10,200}$/.test(message) || /prisma|Invalid `|TypeError|undefined/i.test(message))
              problems.push(`unclear sign-in refusal: ${JSON.stringify(message.slice(0, 300))}`)
          }
          const now = await databaseChecksum()
          if (changedTables(last, now).length) problems.push(`a refused sign-in wrote to ${changedTables(last, now).join(', ')}`)
          last = now
          expect(problems).toEqual([])
        },
      ),
      fcOptions,
    )
  }, 60_000)
})
