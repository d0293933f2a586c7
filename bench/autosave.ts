// npm run bench:autosave — N simulated students autosaving at once against a production build, on
// PGlite and on PostgreSQL; prints saves/s and latency percentiles, then checks in the database that
// no acknowledged save was lost. Not a test: it prints numbers (see bench/README.md).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { freshDatabase } from './fresh-database'
import { Ledger } from './ledger'
import { runLoad, type VirtualStudent } from './load'
import { mapLimit } from './map-limit'
import { parseOptions, type BenchOptions, type DatabaseKind } from './options'
import { formatReport, type RunResult } from './report'
import { builtFrom, ensureBuild, startServer, type RunningServer } from './server'
import { BENCH_PASSWORD, seedStudents } from './seed-students'
import { signIn } from './sign-in'
import { percentile } from './stats'
import { verifySaves } from './verify'

const RESULTS_DIR = path.join('bench', 'results')
// Each sign-in is a 0.25 s bcrypt hash, at most one per core at a time: more parallel sign-ins only queue.
const SIGN_IN_CONCURRENCY = 4

const running: RunningServer[] = []

async function timed<T>(phases: Record<string, number>, name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await fn()
  } finally {
    phases[name] = Math.round((performance.now() - started) / 100) / 10
  }
}

async function benchOnce(kind: DatabaseKind, count: number, processes: number, options: BenchOptions, stamp: string): Promise<RunResult> {
  const phases: Record<string, number> = {}
  const log = (message: string) => console.log(`[${kind} × ${count}, ${processes} process${processes > 1 ? 'es' : ''}] ${message}`)
  const databaseUrl = await freshDatabase(kind, count, options.postgresUrl)
  log(`seeding ${count} students with started attempts`)
  const seeded = await timed(phases, 'seed', () => seedStudents(databaseUrl, count))

  // Processes share the database and NEXTAUTH_SECRET, as in production; each student talks to one.
  const secret = crypto.randomBytes(32).toString('base64')
  const servers = await timed(phases, 'start', () =>
    Promise.all(
      Array.from({ length: processes }, (_, i) =>
        startServer({
          databaseUrl,
          port: options.port + i,
          secret,
          logFile: path.join(RESULTS_DIR, `server-${stamp}-${kind}-${count}-p${processes}-${i + 1}.log`),
        }),
      ),
    ),
  )
  running.push(...servers)
  const ledger = new Ledger()
  let load
  const reference: Awaited<ReturnType<typeof runLoad>>[] = []
  let loadBefore = 0
  try {
    log(`signing in ${count} students (${SIGN_IN_CONCURRENCY} at a time)`)
    const students: VirtualStudent[] = await timed(phases, 'signIn', () =>
      mapLimit(seeded, SIGN_IN_CONCURRENCY, async (s, i) => {
        const baseUrl = servers[i % servers.length].baseUrl
        return { ...s, baseUrl, cookie: await signIn(baseUrl, s.email, BENCH_PASSWORD) }
      }),
    )
    if (options.warmupSeconds) {
      log(`warm-up: ${options.warmupSeconds} s, not measured (its saves are verified too)`)
      await runLoad({ students, ledger, seconds: options.warmupSeconds, savesPerStudent: null })
    }
    loadBefore = os.loadavg()[0]
    // The reference before and after the saves, so that a change in the machine's load during the
    // run shows as a difference between the two instead of skewing the ratio unseen.
    log(`reference (no-op authenticated route): ${options.seconds} s`)
    reference.push(await runLoad({ students, ledger, seconds: options.seconds, savesPerStudent: null, request: 'noop' }))
    log(`load: ${options.seconds} s${options.savesPerStudent ? ` or ${options.savesPerStudent} saves each` : ''}`)
    load = await timed(phases, 'load', () =>
      runLoad({ students, ledger, seconds: options.seconds, savesPerStudent: options.savesPerStudent }),
    )
    log(`reference again: ${options.seconds} s`)
    reference.push(await runLoad({ students, ledger, seconds: options.seconds, savesPerStudent: null, request: 'noop' }))
  } finally {
    await timed(phases, 'stop', () => Promise.all(servers.map((s) => s.stop())))
    running.length = 0
  }
  log('verifying every acknowledged save in the database')
  const verification = await timed(phases, 'verify', () => verifySaves(databaseUrl, ledger))
  const sorted = [...load.latencies].sort((a, b) => a - b)
  const perStudent = [...load.savesPerStudent].sort((a, b) => a - b)
  const savesPerSecond = sorted.length / (load.elapsedMs / 1000)
  const referencePerSecond = reference.map((r) => r.latencies.length / (r.elapsedMs / 1000))
  const referenceMean = referencePerSecond.reduce((a, b) => a + b, 0) / referencePerSecond.length
  return {
    database: kind,
    students: count,
    processes,
    saves: sorted.length,
    savesPerSecond,
    reference: {
      perSecond: referencePerSecond,
      errors: reference.reduce((n, r) => n + [...r.errors.values()].reduce((a, b) => a + b, 0), 0),
    },
    ratio: savesPerSecond / referenceMean,
    latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN },
    errors: Object.fromEntries(load.errors),
    checked: verification.checked,
    lost: verification.lost,
    storedUnacknowledged: verification.storedUnacknowledged,
    savesPerStudent: { min: perStudent[0], median: percentile(perStudent, 50), max: perStudent[perStudent.length - 1] },
    timeline: load.timeline,
    phaseSeconds: phases,
    loadAverage: [loadBefore, os.loadavg()[0]],
    clientCores: load.clientCores,
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  console.log(ensureBuild(options.rebuild) ? 'Built .next-bench.' : 'Using the existing build in .next-bench.')
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const results: RunResult[] = []
  for (const kind of options.databases) {
    for (const processes of options.processes) {
      // A PGlite folder belongs to one process: only PostgreSQL is shared by several.
      if (kind === 'pglite' && processes > 1) continue
      for (const count of options.students) results.push(await benchOnce(kind, count, processes, options, stamp))
    }
  }
  const text = formatReport(results, options, builtFrom())
  console.log(`\n${text}`)
  fs.writeFileSync(path.join(RESULTS_DIR, `autosave-${stamp}.txt`), `${text}\n`)
  fs.writeFileSync(path.join(RESULTS_DIR, `autosave-${stamp}.json`), JSON.stringify({ options, results }, null, 2))
  if (results.some((r) => r.lost.length)) process.exitCode = 1
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void Promise.all(running.map((s) => s.stop())).finally(() => process.exit(130)))
}
main().catch(async (error) => {
  await Promise.all(running.map((s) => s.stop()))
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
