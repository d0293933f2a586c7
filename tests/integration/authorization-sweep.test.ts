// The authorization sweep: every server action and route handler under app/, found on disk, is
// called as someone signed out, as a student of another class and as an instructor of another
// class, aimed at a victim class's data. Each must refuse (or touch only the caller's own account),
// leak none of the victim's text, and change none of the victim's data. Each is then called as the
// victim's own instructor or student with the same input, which must be accepted — so a refusal
// above was the access rule at work, not a malformed payload. A new action or route without an
// entry in SWEEP fails here, and so does one not built with action() / route().
import { jest } from '@jest/globals'
import { installNextRequestMocks, type SessionUser } from '@/tests/setup/next-request-mocks'
import type { Entry, Outcome, RouteEntry, World } from '@/tests/support/entry-points'

installNextRequestMocks()
const { db } = await import('@/lib/db')
const { ACTION_BUILT, action } = await import('@/lib/http/action')
const { ROUTE_BUILT } = await import('@/lib/http/route')
const { zFields } = await import('@/lib/validation')
const { SECRETS, victimSnapshot } = await import('@/tests/factories/sweep-world')
const { call, entryPoints, isAccepted, isRefusal, PUBLIC_ROUTES, SWEEP, sweepWorld } = await import('@/tests/support/entry-points')

const leaked = (outcome: Outcome, w: World) => {
  const text = 'text' in outcome ? outcome.text : ''
  return [SECRETS.answer, SECRETS.bank, w.student.email, w.student.name].filter((secret) => text.includes(secret))
}

/** What is wrong with one entry point when intruders call it; empty when nothing is. */
async function intruderProblems(
  name: string,
  fn: (...args: unknown[]) => Promise<unknown>,
  entry: Entry | RouteEntry,
  w: World,
): Promise<string[]> {
  const intruders: [string, SessionUser | null][] = [
    ['someone signed out', null],
    ['a student of another class', w.outsiderStudent],
    ['an instructor of another class', w.outsiderInstructor],
  ]
  const problems: string[] = []
  for (const [who, user] of intruders) {
    const before = await victimSnapshot(w)
    const outcome = await call(name, fn, entry, w, user)
    if (entry.scope !== 'self' && !isRefusal(outcome))
      problems.push(`${name} as ${who}: not refused (${JSON.stringify(outcome).slice(0, 200)})`)
    const secrets = leaked(outcome, w)
    if (secrets.length) problems.push(`${name} as ${who}: leaked ${secrets.join(', ')}`)
    if ((await victimSnapshot(w)) !== before) problems.push(`${name} as ${who}: changed the victim class's data`)
  }
  return problems
}

const ownerOf = (owner: Entry['owner'], w: World): SessionUser =>
  owner === 'admin' ? { ...w.admin, role: 'ADMIN' } : owner === 'instructor' ? w.instructor : w.student

const isBuilt = (kind: 'action' | 'route', fn: unknown) =>
  Boolean((fn as Record<symbol, unknown>)[kind === 'action' ? ACTION_BUILT : ROUTE_BUILT])

let world: World
let points: Awaited<ReturnType<typeof entryPoints>>

beforeAll(async () => {
  jest.spyOn(console, 'error').mockImplementation(() => {})
  points = await entryPoints()
  world = await sweepWorld()
}, 120_000)

describe('the authorization sweep', () => {
  it('finds every server action and route handler, and each has a sweep entry or is public by design', () => {
    const missing = [...points.keys()].filter((name) => !(name in SWEEP) && !(name in PUBLIC_ROUTES))
    expect(missing).toEqual([])
    const stale = Object.keys(SWEEP).filter((name) => !points.has(name))
    expect(stale).toEqual([])
    const actions = [...points.values()].filter((p) => p.kind === 'action').length
    const routes = points.size - actions
    // The counts the sweep covers, for the record (docs/decisions/014-access-in-one-place.md).
    console.info(
      `authorization sweep: ${actions} server actions, ${routes} route handlers (${Object.keys(PUBLIC_ROUTES).length} public by design)`,
    )
    expect(actions).toBeGreaterThanOrEqual(30)
  })

  it('every server action is built with action() and every non-public route handler with route()', () => {
    const unbuilt = [...points.entries()].filter(([name, p]) => !(name in PUBLIC_ROUTES) && !isBuilt(p.kind, p.fn)).map(([name]) => name)
    expect(unbuilt).toEqual([])
  })

  it('refuses someone signed out, a student of another class and an instructor of another class everywhere, leaking and changing nothing', async () => {
    const problems: string[] = []
    for (const [name, entry] of Object.entries(SWEEP)) problems.push(...(await intruderProblems(name, points.get(name)!.fn, entry, world)))
    expect(problems).toEqual([])
  }, 120_000)

  it('accepts the same calls from the class’s own instructor or student, so each refusal above was the access rule', async () => {
    const refused: string[] = []
    for (const [name, entry] of Object.entries(SWEEP)) {
      if (!entry.owner) continue
      const outcome = await call(name, points.get(name)!.fn, entry, world, ownerOf(entry.owner, world))
      if (!isAccepted(outcome)) refused.push(`${name}: ${JSON.stringify(outcome).slice(0, 300)}`)
    }
    expect(refused).toEqual([])
  }, 120_000)
})

describe('cross-site requests to route handlers', () => {
  it('every state-changing route handler answers 403 to a foreign Origin and to Origin: null, even for its owner, and changes nothing', async () => {
    const w = await sweepWorld()
    const problems: string[] = []
    for (const [name, entry] of Object.entries(SWEEP)) {
      if (!('url' in entry) || !name.endsWith('#POST')) continue
      for (const origin of ['https://evil.example', 'null']) {
        const before = await victimSnapshot(w)
        const outcome = await call(name, points.get(name)!.fn, entry, w, entry.owner === 'instructor' ? w.instructor : w.student, origin)
        if (outcome.kind !== 'response' || outcome.status !== 403)
          problems.push(`${name} from ${origin}: ${JSON.stringify(outcome).slice(0, 160)}`)
        if ((await victimSnapshot(w)) !== before) problems.push(`${name} from ${origin}: changed data`)
      }
    }
    expect(problems).toEqual([])
  }, 120_000)
})

describe('the sweep catches a planted unchecked entry point', () => {
  it('flags an action that skips the builder, and one that is built but never checks who teaches the class', async () => {
    const w = await sweepWorld()
    const rename = async () => {
      await db.class.update({ where: { id: w.klass.id }, data: { name: 'Planted rename' } })
      return { ok: true }
    }
    expect(isBuilt('action', rename)).toBe(false)
    const builtButUnchecked = action({ access: 'signed-in', schema: zFields }, rename)
    expect(isBuilt('action', builtButUnchecked)).toBe(true)
    const problems = await intruderProblems(
      'planted',
      builtButUnchecked as (...args: unknown[]) => Promise<unknown>,
      { scope: 'target', args: () => [{}] },
      w,
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/planted as a student of another class: not refused/),
        expect.stringMatching(/changed the victim class's data/),
      ]),
    )
  }, 120_000)

  it('flags a route handler written without route()', () => {
    async function POST() {
      return new Response('ok')
    }
    expect(isBuilt('route', POST)).toBe(false)
  })
})
