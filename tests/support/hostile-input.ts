// What the abuse suite (tests/integration/abuse) throws at the app's entry points, and how it judges
// the answers: fast-check arbitraries for hostile text, ids, keys and JSON; a checksum of the whole
// database, to see that a refusal wrote nothing; and the test of a message fit to show a person.
import fc from 'fast-check'
import { sqlRunner } from '@/lib/db'
import type { SessionUser } from '@/tests/setup/next-request-mocks'
import type { Outcome, World } from './entry-points'

/** Fixed, so CI runs the same inputs every time; fast-check prints it with any counterexample. */
export const SEED = Number(process.env.ABUSE_SEED ?? 20261203)
export const RUNS = Number(process.env.ABUSE_RUNS ?? 15)
export const fcOptions = { seed: SEED, numRuns: RUNS }

// Characters that break naive code: NUL, lone surrogates, RTL override, zero-width, BOM, newlines.
const NASTY_CHARS = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\u200B', '\u200D', '\uFEFF', '\n', '\r', '\t', '"', "'", '\\', '<', '%']
const nastyChar = fc.oneof(
  fc.constantFrom(...NASTY_CHARS),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
)

const SPECIAL_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD83D',
  '\u202Egnp.exe',
  'a\u200Bb',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x7fffffff',
  '9007199254740993',
  'true',
  '[]',
  '{}',
  '{"__proto__":{"role":"ADMIN"}}',
  '__proto__',
  'constructor',
  '\'; DROP TABLE "User"; --',
  '$1',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '2026-02-30T25:61',
]

/** Text a person (or a script) could put in any field. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: nastyChar, maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String), weight: 2 },
  // Huge: past every field's limit, and past the 200 kB body limit of autosave.
  { arbitrary: fc.constantFrom(1_000, 70_000, 250_000).map((n) => 'x\u0000é'.repeat(n / 3)), weight: 1 },
)

/** Field names a form or JSON body should never honour. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'role',
    'userId',
    'id',
    'isActive',
    'x'.repeat(150),
  ),
  fc.string({ unit: nastyChar, minLength: 1, maxLength: 6 }),
)

/** Ids: of the world's objects (others' included), of nothing, and not ids at all. */
export function hostileId(w: World): fc.Arbitrary<string> {
  const real = [
    w.klass.id,
    w.quiz.id,
    w.gradedAttempt,
    w.submittedAttempt,
    w.openAttempt,
    w.requestId,
    w.responseId,
    w.annotationId,
    w.platformId,
    w.student.id,
    w.instructor.id,
    w.admin.id,
    w.outsiderStudent.id,
    w.outsiderInstructor.id,
  ]
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real), weight: 4 },
    // Lookalikes: a real id with its case changed, cut, padded, or with NUL in it.
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...real), fc.constantFrom('upper', 'cut', 'pad', 'nul', 'long'))
        .map(([id, how]) =>
          how === 'upper'
            ? id.toUpperCase()
            : how === 'cut'
              ? id.slice(0, -1)
              : how === 'pad'
                ? ` ${id} `
                : how === 'nul'
                  ? `${id}\u0000`
                  : id.repeat(3),
        ),
      weight: 2,
    },
    { arbitrary: fc.constantFrom('cl0000000000000000000000', '00000000-0000-0000-0000-000000000000', 'c'.repeat(25)), weight: 1 },
    { arbitrary: hostileString, weight: 2 },
  )
}

/** Any JSON a client could send in place of the expected one: wrong types, deep, wide, polluting keys. */
export function hostileJson(w: World): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    hostileString,
    hostileId(w),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(null, true, false, 0, -1, Number.MAX_SAFE_INTEGER, 1e308, -0),
  )
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
    ),
  }))
  return fc.oneof(
    { arbitrary: value, weight: 6 },
    // Deep nesting, and keys JSON.parse makes own properties (as a real request body would).
    { arbitrary: fc.integer({ min: 50, max: 2_000 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth))), weight: 1 },
    { arbitrary: fc.constant(JSON.parse('{"__proto__":{"role":"ADMIN","isAdmin":true},"constructor":{"prototype":{"x":1}}}')), weight: 1 },
  )
}

/**
 * A hostile version of a valid object of fields: some values replaced (ids by other ids, text by
 * hostile text or JSON), some fields dropped, some added. Never the valid input itself.
 */
export function mutatedFields<T>(
  valid: Record<string, T>,
  w: World,
  value: fc.Arbitrary<T | string | unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid)
  const replacement = (key: string) => (/id$/i.test(key) ? fc.oneof(hostileId(w), value) : value)
  return fc
    .record({
      replaced: fc.record(Object.fromEntries(keys.map((k) => [k, fc.option(replacement(k), { freq: 2, nil: undefined })]))),
      dropped: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      added: fc.array(fc.tuple(hostileKey, value), { maxLength: 2 }),
    })
    .map(({ replaced, dropped, added }) => {
      const out: Record<string, unknown> = {}
      for (const key of keys)
        if (!dropped.includes(key))
          Object.defineProperty(out, key, {
            value: replaced[key] === undefined ? valid[key] : replaced[key],
            enumerable: true,
            writable: true,
            configurable: true, // an added field of the same name (userId, role) replaces it
          })
      for (const [key, v] of added) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true })
      return out
    })
    .filter((out) => JSON.stringify(out) !== JSON.stringify(valid))
}

/** The fields of a FormData, a key's repeated values as an array. */
export function fieldsOf(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).map(String)
    out[key] = values.length === 1 ? values[0] : values
  }
  return out
}

/** FormData from fields; a non-string value goes in as its JSON text, as a client could send it. */
export function toForm(fields: Record<string, unknown>): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))
  }
  return form
}

/** Arguments as text for a failure report (fast-check shows a FormData as "[object FormData]"). */
export const describeArgs = (args: unknown[]) =>
  args
    .map((a) => (a instanceof FormData ? `FormData ${JSON.stringify(fieldsOf(a))}` : JSON.stringify(a)))
    .join(', ')
    .slice(0, 600)

// Tables a refusal may write to by design, with the reason.
const MAY_CHANGE_ON_REFUSAL: Record<string, string> = {
  LoginThrottle: 'failed guesses (sign-in, join codes, current passwords) are counted to slow the next ones down',
}

let tables: string[] | undefined

/** Every table's row count and content hash, in one query: equal before and after means nothing was written. */
export async function databaseChecksum(): Promise<Record<string, string>> {
  tables ??= (
    await sqlRunner().query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
  )
    .map((t) => t.name)
    .filter((name) => !(name in MAY_CHANGE_ON_REFUSAL))
  const sql = tables
    .map(
      (name) =>
        `SELECT '${name}' AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
    )
    .join(' UNION ALL ')
  const rows = await sqlRunner().query<{ name: string; sum: string }>(sql)
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]))
}

export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t])

/** True when the outcome says no: the input (or the caller) was refused. */
export function isRejected(outcome: Outcome): boolean {
  switch (outcome.kind) {
    case 'redirect':
      // requireUser() sends to plain /signin; /signin?everywhere=1 and the like follow a success.
      return outcome.location === '/signin'
    case 'not-found':
      return true
    case 'response':
      return outcome.status >= 400
    case 'returned': {
      const value = outcome.value
      if (value === undefined) return false // an action with nothing to say succeeded
      if (Array.isArray(value)) return value.length === 0
      return typeof value === 'object' && value !== null && (value as { ok?: boolean }).ok !== true
    }
  }
}

// What must never reach a person: internals, stack traces, SQL, serialisation slips.
const UNCLEAR = [
  /prisma/i,
  /Invalid `/,
  /\n\s+at /,
  /\bat .+\.(ts|js):\d+/,
  /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b.*\b(FROM|WHERE|SET|VALUES)\b/i,
  /\b(violates|constraint|relation "|column ")/i,
  /^undefined$|^null$|\[object Object\]|undefined\b.*undefined/,
  /TypeError|ReferenceError|SyntaxError|is not a function|Cannot read propert/,
  // zod's own messages, written for developers: "Invalid input: expected string, received undefined".
  /^(Invalid input|Invalid option|Invalid key in record|Too (big|small):)|received undefined/,
]
/** Longer than anyone reads in a form's message: an echo of a huge input. (Pages are longer by nature.) */
const MAX_MESSAGE = 400

/** What is unclear about the messages a refusal carries; empty when each is fit to show. */
export function unclearMessages(outcome: Outcome): string[] {
  const messages: unknown[] = []
  if (outcome.kind === 'returned') {
    const value = outcome.value as { message?: unknown; fieldErrors?: Record<string, unknown> }
    if (Array.isArray(value)) return [] // a search: an empty list is its refusal, and says enough
    messages.push(value.message)
    for (const list of Object.values(value.fieldErrors ?? {})) messages.push(...(Array.isArray(list) ? list : [list]))
  } else if (outcome.kind === 'response') {
    const json = (() => {
      try {
        return JSON.parse(outcome.text) as { message?: unknown }
      } catch {
        return null
      }
    })()
    // JSON answers carry a message; HTML pages (LTI) are read as the text shown.
    if (!json) return unclearPage(outcome.text)
    messages.push(json.message)
  } else {
    return [] // a redirect to sign in, or Next's not-found page
  }
  return messages.flatMap((m) => {
    if (typeof m !== 'string' || !m.trim()) return [`no message (${JSON.stringify(m)})`]
    if (m.length > MAX_MESSAGE) return [`message of ${m.length} characters: ${JSON.stringify(m.slice(0, 100))}…`]
    const rule = UNCLEAR.find((r) => r.test(m))
    return rule ? [`unclear message ${JSON.stringify(m.slice(0, 300))} (matches ${rule})`] : []
  })
}

function unclearPage(html: string): string[] {
  const text = html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<[^>]+>/g, ' ').trim()
  if (!text) return ['an empty page']
  const rule = UNCLEAR.find((r) => r.test(text))
  return rule ? [`unclear page ${JSON.stringify(text.slice(0, 300))} (matches ${rule})`] : []
}

const session = (u: { id: string; name: string; email: string; role: SessionUser['role'] }): SessionUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
})

/**
 * The people who may reach a target's validation, and one who may not (its role refusal). `access`
 * is an action's or a handler's: 'anyone' (an action open to all), 'public' (a handler public by
 * design), 'signed-in', or the roles allowed.
 */
export function callersFor(access: unknown, w: World): (SessionUser | null)[] {
  const [student, instructor, outsiderStudent, outsiderInstructor, admin] = [
    w.student,
    w.instructor,
    w.outsiderStudent,
    w.outsiderInstructor,
    w.admin,
  ].map(session)
  if (access === 'anyone') return [null, student, outsiderStudent]
  if (access === 'public') return [null, student]
  if (access === 'signed-in') return [student, outsiderStudent, instructor]
  const roles = access as SessionUser['role'][]
  return [...[instructor, outsiderInstructor, admin].filter((u) => roles.includes(u.role)), student]
}
