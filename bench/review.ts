// npm run bench:review — seeds one class of 1,000 students who each answered every real quiz of the
// lesson (57 questions, ~55,000 responses, plus a 12-question check-in), on PGlite and on
// PostgreSQL, then prints the server time of the gradebook, grade-by-question and item-analysis
// pages: each page's domain function timed in-process, and the page itself over HTTP from a
// production server (`next start`, build folder .next-review). Median of 5 after a warm-up.
// Item analysis is stored until what it is computed from changes, so it is also timed after a
// change (one answer regraded) and on its very first view, with nothing stored.
//   npm run bench:review -- [--db pglite|postgres|both] [--students 1000] [--runs 5] [--port 3541] [--no-http]
// PostgreSQL: BENCH_REVIEW_DATABASE_URL (default postgresql://lectern:lectern@localhost:5432/lectern_review_bench).
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { hashPassword } from '../lib/auth/password'
import { applyMigrations } from '../lib/database/migrations'
import { db, disconnectDb, sqlRunner } from '../lib/db'
import { getGradebookPage } from '../lib/review/gradebook'
import { listQuestionResponses } from '../lib/review/grading/list-question-responses'
import { itemAnalysis } from '../lib/review/item-analysis'
import { snapshotsSettled } from '../lib/review/analysis-snapshots'
import { analysisChanges } from './review/analysis-changes'
import { freshDatabase } from './review/fresh-database'
import { DIST_DIR, ensureBuild, getPage } from './review/http-server'
import { BENCH_INSTRUCTOR, GRADE_QUESTION, seedReviewClass, type SeededClass } from './review/seed-review-class'
import { round1, timeIt, type AroundEachRun, type Timing } from './review/timing'
import { startServer } from './server'
import { signIn } from './sign-in'

type Kind = 'pglite' | 'postgres'
// Item analysis is stored until what it was computed from changes (lib/review/analysis-snapshots.ts).
// "After a change": one answer regraded before each run, so the view finds its stored result out of
// date and, past a short wait, shows it marked "Updating". "First view ever": nothing stored before
// each run, so past the wait the page says "Computing". Each is timed twice: the page answering,
// and until a view shows the new figures (not a page load: the page refreshes itself meanwhile).
// Every run waits, untimed, until the computation it started has finished.
const PAGES = [
  'gradebook',
  'grade by question',
  'item analysis',
  'item analysis, after a change',
  'item analysis, after a change — until the new figures show',
  'item analysis, first view ever',
  'item analysis, first view ever — until its figures show',
] as const
type PageName = (typeof PAGES)[number]
const isPageLoad = (page: PageName) => !page.includes(' — until ')
const BAR_MS = 300

interface Measured {
  inProcess: Timing | string
  http: (Timing & { bytes: number }) | string
}
interface RunResult {
  database: Kind
  seedSeconds: number
  counts: SeededClass['counts']
  pages: Record<PageName, Measured>
  reference: Reference | null
}

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    students: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '3541' },
    'no-http': { type: 'boolean', default: false },
  },
})
const kinds: Kind[] = values.db === 'both' ? ['pglite', 'postgres'] : [values.db as Kind]
const students = Number(values.students)
const runs = Number(values.runs)
const port = Number(values.port)
if (!kinds.every((k) => k === 'pglite' || k === 'postgres') || !(students >= 10 && students <= 20000) || !(runs >= 1 && runs <= 50)) {
  console.error(
    'Usage: npm run bench:review -- [--db pglite|postgres|both] [--students 10..20000] [--runs 1..50] [--port 3541] [--no-http]',
  )
  process.exit(1)
}
const postgresUrl = process.env.BENCH_REVIEW_DATABASE_URL || 'postgresql://lectern:lectern@localhost:5432/lectern_review_bench'
const resultsDir = path.join('bench', 'results')

async function measureInProcess(seeded: SeededClass): Promise<Record<PageName, Timing | string>> {
  const userId = seeded.instructorId
  const changes = analysisChanges((sql, params) => db.$executeRawUnsafe(sql, ...params), seeded.fullAssignmentId, 'comprehension')
  const analyse = () =>
    itemAnalysis({ userId, classId: seeded.classId, assignmentId: seeded.fullAssignmentId, questionSetId: 'comprehension' })
  const untilShown = async () => {
    if ((await analyse()).asOf?.isCurrent) return
    await snapshotsSettled()
    if (!(await analyse()).asOf?.isCurrent) throw new Error('the analysis was not current once computed')
  }
  return {
    // What the page computes: the class sorted and summarised, cells for its first page.
    gradebook: await timeIt(() => getGradebookPage({ userId, classId: seeded.classId, query: {}, search: '' }), runs),
    // What the page computes: every student's answer, grouped, and the page it shows with its comments.
    'grade by question': await timeIt(
      () =>
        listQuestionResponses({
          userId,
          assignmentId: seeded.fullAssignmentId,
          questionId: GRADE_QUESTION,
          page: { isGrouped: false, onlyUngraded: false },
        }),
      runs,
    ),
    // The warm-up run computes and stores it (the first view ever); the timed ones read it.
    'item analysis': await timeIt(analyse, runs, { after: snapshotsSettled }),
    'item analysis, after a change': await timeIt(analyse, runs, { before: changes.regradeOne, after: snapshotsSettled }),
    'item analysis, after a change — until the new figures show': await timeIt(untilShown, runs, { before: changes.regradeOne }),
    'item analysis, first view ever': await timeIt(analyse, runs, { before: changes.forgetStored, after: snapshotsSettled }),
    'item analysis, first view ever — until its figures show': await timeIt(untilShown, runs, { before: changes.forgetStored }),
  }
}

interface Reference {
  /** Medians of GET /api/health (one database round trip) before and after the pages. */
  before: number
  after: number
}

async function measureHttp(
  kind: Kind,
  databaseUrl: string,
  seeded: SeededClass,
): Promise<{ pages: Record<PageName, Measured['http']>; reference: Reference }> {
  const server = await startServer({
    databaseUrl,
    port,
    logFile: path.join(resultsDir, `review-server-${kind}.log`),
    distDir: DIST_DIR,
    startupSeconds: 90,
  })
  const database = kind === 'postgres' ? new pg.Client({ connectionString: databaseUrl }) : null
  try {
    await database?.connect()
    const cookie = await signIn(server.baseUrl, BENCH_INSTRUCTOR.email, BENCH_INSTRUCTOR.password)
    const assignment = `${server.baseUrl}/classes/${seeded.classId}/assignments/${seeded.fullAssignmentId}`
    const analysis = `${assignment}/analysis?set=comprehension`
    const urls: Record<PageName, string> = {
      gradebook: `${server.baseUrl}/classes/${seeded.classId}/gradebook`,
      'grade by question': `${assignment}/grade/${GRADE_QUESTION}`,
      'item analysis': analysis,
      'item analysis, after a change': analysis,
      'item analysis, after a change — until the new figures show': analysis,
      'item analysis, first view ever': analysis,
      'item analysis, first view ever — until its figures show': analysis,
    }
    // The changes need a second connection to the database the server holds: PostgreSQL allows one, a PGlite folder does not.
    const changes = database && analysisChanges((sql, params) => database.query(sql, params), seeded.fullAssignmentId, 'comprehension')
    // Until then the page says "Updating" or "Computing", and the browser asks again.
    const isShown = (text: string) => !text.includes('>Updating<') && !text.includes('>Computing<')
    const untilShown = async () => {
      for (let tries = 0; !isShown((await getPage(analysis, cookie)).text); tries++) {
        if (tries === 1200) throw new Error('the analysis was still being computed after a minute')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    const around: Partial<Record<PageName, AroundEachRun>> = changes
      ? {
          'item analysis, after a change': { before: changes.regradeOne, after: untilShown },
          'item analysis, after a change — until the new figures show': { before: changes.regradeOne },
          'item analysis, first view ever': { before: changes.forgetStored, after: untilShown },
          'item analysis, first view ever — until its figures show': { before: changes.forgetStored },
        }
      : {}
    // What is timed: one request, or for the rows that are not a page load, requests until the figures show.
    const load = (page: PageName) => async () => {
      const { bytes } = await getPage(urls[page], cookie)
      if (!isPageLoad(page)) await untilShown()
      return bytes
    }
    // The shared machine's speed changes from minute to minute: a bare route timed on the same
    // server just before and after the pages says how fast it was while they ran.
    const health = async () => (await timeIt(() => getPage(`${server.baseUrl}/api/health`, cookie), runs)).median
    const before = await health()
    const out = {} as Record<PageName, Measured['http']>
    for (const page of PAGES) {
      if (page !== 'item analysis' && page.startsWith('item analysis') && !around[page]) {
        out[page] = 'skipped: needs a second connection to the database'
        continue
      }
      try {
        let bytes = 0
        const timing = await timeIt(async () => (bytes = await load(page)()), runs, around[page])
        out[page] = { ...timing, bytes }
      } catch (error) {
        out[page] = `failed: ${(error as Error).message}`
      }
    }
    return { pages: out, reference: { before, after: await health() } }
  } finally {
    await database?.end()
    await server.stop()
  }
}

async function runOne(kind: Kind): Promise<RunResult> {
  console.log(`\n▸ ${kind}: a fresh database, migrations, and a class of ${students} students`)
  const databaseUrl = await freshDatabase(kind, postgresUrl)
  process.env.DATABASE_URL = databaseUrl
  const started = performance.now()
  await applyMigrations(sqlRunner())
  const seeded = await seedReviewClass(sqlRunner(), { students, passwordHash: await hashPassword(BENCH_INSTRUCTOR.password) })
  const seedSeconds = round1((performance.now() - started) / 1000)
  console.log(
    `  seeded in ${seedSeconds} s: ${seeded.counts.attempts} attempts, ${seeded.counts.responses} responses, ${seeded.counts.readingRows} reading rows`,
  )
  console.log('  timing the domain functions in-process…')
  const inProcess = await measureInProcess(seeded)
  // A PGlite folder belongs to one process: the server may open it only once this one has let go.
  await disconnectDb()
  let http = Object.fromEntries(PAGES.map((p) => [p, 'skipped'])) as Record<PageName, Measured['http']>
  let reference: Reference | null = null
  if (!values['no-http']) {
    console.log(`  timing the pages over HTTP (next start on port ${port})…`)
    ;({ pages: http, reference } = await measureHttp(kind, databaseUrl, seeded))
  }
  return {
    database: kind,
    seedSeconds,
    counts: seeded.counts,
    reference,
    pages: Object.fromEntries(PAGES.map((p) => [p, { inProcess: inProcess[p], http: http[p] }])) as Record<PageName, Measured>,
  }
}

const cell = (m: Timing | string) => (typeof m === 'string' ? m : `${m.median} ms`)
const verdict = (kind: Kind, page: PageName, m: Measured) =>
  kind !== 'postgres'
    ? ''
    : !isPageLoad(page)
      ? 'not a page load'
      : [m.inProcess, m.http].every((t) => typeof t !== 'string' && t.median < BAR_MS)
        ? 'under 300 ms'
        : [m.inProcess, m.http].some((t) => typeof t === 'string')
          ? '—'
          : 'OVER 300 ms'

function report(results: RunResult[]): string {
  const lines = [
    `Review pages at scale — ${new Date().toISOString()} — ${students} students, median of ${runs} after a warm-up`,
    '',
    '| database | page | in-process (domain function) | HTTP (whole page) | HTTP ÷ reference | page size | bar |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const r of results) {
    const referenceMs = r.reference ? (r.reference.before + r.reference.after) / 2 : null
    for (const page of PAGES) {
      const m = r.pages[page]
      const size = typeof m.http === 'string' ? '' : `${Math.round(m.http.bytes / 1024)} KB`
      const ratio = typeof m.http === 'string' || !referenceMs ? '' : `${Math.round(m.http.median / referenceMs)}×`
      lines.push(
        `| ${r.database} | ${page} | ${cell(m.inProcess)} | ${cell(m.http)} | ${ratio} | ${size} | ${verdict(r.database, page, m)} |`,
      )
    }
  }
  lines.push('')
  for (const r of results)
    if (r.reference)
      lines.push(
        `${r.database}: reference GET /api/health on the same server, median ${r.reference.before} ms before the pages and ${r.reference.after} ms after.`,
      )
  for (const r of results)
    lines.push(
      `${r.database}: seeded in ${r.seedSeconds} s — ${r.counts.students} students, ${r.counts.attempts} attempts, ${r.counts.responses} responses, ${r.counts.readingRows} reading-progress rows.`,
    )
  return lines.join('\n')
}

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true })
  if (!values['no-http']) ensureBuild()
  const results: RunResult[] = []
  for (const kind of kinds) results.push(await runOne(kind))
  const text = report(results)
  console.log(`\n${text}`)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  fs.writeFileSync(path.join(resultsDir, `review-${stamp}.json`), JSON.stringify({ students, runs, results }, null, 2))
  fs.writeFileSync(path.join(resultsDir, 'review-latest.md'), `${text}\n`)
  console.log(`\nWritten to ${path.join(resultsDir, `review-${stamp}.json`)} and review-latest.md`)
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => disconnectDb())
