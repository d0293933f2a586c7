// Every server action under app/ (found on disk, as the authorization sweep finds them), called with
// fast-check's hostile versions of the valid call the sweep makes: fields replaced by hostile text or
// by ids of other people's objects or of nothing, fields dropped and added (__proto__, role…), a
// structured argument where a form was expected and the reverse, wrong shapes throughout. Callers are
// the kinds of people the action is for, the outsiders included. Each call must end in one of the
// app's intended outcomes, write nothing when it refuses, and say why in words a person can read.
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { installNextRequestMocks } from '@/tests/setup/next-request-mocks'
import type { World } from '@/tests/support/entry-points'

installNextRequestMocks()
const { ACTION_BUILT } = await import('@/lib/http/action')
const { callAction, entryPoints, SWEEP, sweepWorld } = await import('@/tests/support/entry-points')
const hostile = await import('@/tests/support/hostile-input')
const {
  callersFor,
  changedTables,
  databaseChecksum,
  describeArgs,
  fcOptions,
  fieldsOf,
  hostileJson,
  hostileKey,
  hostileString,
  isRejected,
  mutatedFields,
  toForm,
  unclearMessages,
} = hostile

const points = await entryPoints()
const ACTIONS = [...points].filter(([, p]) => p.kind === 'action')
// The sweep's order: the calls that close things (removing the student, deactivating) come last.
const order = Object.keys(SWEEP)
ACTIONS.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))

/** Hostile argument lists for an action, from the valid ones its sweep entry makes. */
function hostileArgs(valid: unknown[], w: World): fc.Arbitrary<unknown[]> {
  const form = valid.find((a): a is FormData => a instanceof FormData)
  const json = hostileJson(w)
  if (form) {
    const fields = fieldsOf(form)
    return fc.oneof(
      { arbitrary: mutatedFields(fields, w, hostileString).map((f) => [{}, toForm(f)]), weight: 5 },
      { arbitrary: fc.dictionary(hostileKey, hostileString, { maxKeys: 5 }).map((f) => [{}, toForm(f)]), weight: 1 },
      // Called directly, as a script can: the form's fields as one structured argument, or anything at all.
      { arbitrary: mutatedFields(fields, w, json).map((f) => [f]), weight: 2 },
      { arbitrary: fc.oneof(json, fc.constant(fields)).map((a) => [a]), weight: 1 },
      // An uploaded file beside the fields (the roster takes one): hostile text, empty, or over 1 MB.
      {
        arbitrary: fc
          .tuple(mutatedFields(fields, w, hostileString), fc.oneof(hostileString, fc.constantFrom('', 'é\u0000'.repeat(600_000))))
          .map(([f, text]) => {
            const submitted = toForm(f)
            submitted.append('file', new File([text], 'roster.csv', { type: 'text/csv' }))
            return [{}, submitted]
          }),
        weight: 1,
      },
    )
  }
  const object = (valid[0] ?? {}) as Record<string, unknown>
  return fc.oneof(
    { arbitrary: mutatedFields(object, w, json).map((o) => [o]), weight: 5 },
    { arbitrary: json.map((a) => [a]), weight: 1 },
    // Sent as a form: every value becomes text.
    { arbitrary: mutatedFields(object, w, hostileString).map((o) => [{}, toForm(o)]), weight: 1 },
  )
}

let world: World

beforeAll(async () => {
  // The app logs what it refuses; the assertions below say what matters.
  jest.spyOn(console, 'error').mockImplementation(() => {})
  jest.spyOn(console, 'warn').mockImplementation(() => {})
  world = await sweepWorld()
}, 120_000)

describe('server actions under hostile input', () => {
  it('finds the server actions to abuse, each with a valid call to start from', () => {
    expect(ACTIONS.length).toBeGreaterThanOrEqual(45)
    expect(ACTIONS.filter(([name]) => !(name in SWEEP)).map(([name]) => name)).toEqual([])
  })

  it.each(ACTIONS.map(([name, p]) => [name, p.fn] as const))(
    '%s: never throws an unexpected error, writes nothing when it refuses, and says why in words',
    async (name, fn) => {
      const access = (fn as unknown as Record<symbol, { access: unknown }>)[ACTION_BUILT].access
      let last = await databaseChecksum()
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...callersFor(access, world)), hostileArgs(SWEEP[name].args(world), world), async (user, args) => {
          const problems: string[] = []
          const before = last
          let outcome
          try {
            outcome = await callAction(fn, args, user)
          } catch (error) {
            problems.push(`threw ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 300)}`)
          }
          last = await databaseChecksum()
          // A refusal, or a crash part-way, must leave every table as it was.
          if (!outcome || isRejected(outcome)) {
            const changed = changedTables(before, last)
            if (changed.length) problems.push(`${outcome ? 'refused' : 'threw'} but wrote to ${changed.join(', ')}`)
          }
          if (outcome && isRejected(outcome)) problems.push(...unclearMessages(outcome))
          if (problems.length) problems.push(`input: ${describeArgs(args)}`)
          expect(problems).toEqual([])
        }),
        fcOptions,
      )
    },
    60_000,
  )
})
