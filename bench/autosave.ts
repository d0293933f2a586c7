// npm run bench:autosave — N simulated students autosaving at once against a production build, on
// PGlite and on PostgreSQL; prints saves/s and latency percentiles, then checks in the database that
// no acknowledged save was lost. Not a test: it prints numbers (see bench/README.md).
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

let current: RunningServer | undefined

async function timed<T>(phases: Record<string, number>, name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await fn()
  } finally {
    phases[name] = Math.round((performance.now() - started) / 100) / 10
  }
}

async function benchOnce(kind: DatabaseKind, count: number, options: BenchOptions, stamp: string): Promise<RunResult> {
  const phases: Record<string, number> = {}
  const log = (message: string) => console.log(`[${kind} × ${count}] ${message}`)
  const databaseUrl = await freshDatabase(kind, count, options.postgresUrl)
  log(`seeding ${count} students with started attempts`)
  const seeded = await timed(phases, 'seed', () => seedStudents(databaseUrl, count))

  const logFile = path.join(RESULTS_DIR, `server-${stamp}-${kind}-${count}.log`)
  const server = await timed(phases, 'start', () => startServer({ databaseUrl, port: options.port, logFile }))
  current = server
  const ledger = new Ledger()
  let load
  let loadBefore = 0
  try {
    log(`signing in ${count} students (${SIGN_IN_CONCURRENCY} at a time)`)
    const students: VirtualStudent[] = await timed(phases, 'signIn', () =>
      mapLimit(seeded, SIGN_IN_CONCURRENCY, async (s) => ({ ...s, cookie: await signIn(server.baseUrl, s.email, BENCH_PASSWORD) })),
    )
    if (options.warmupSeconds) {
      log(`warm-up: ${options.warmupSeconds} s, not measured (its saves are verified too)`)
      await runLoad({ baseUrl: server.baseUrl, students, ledger, seconds: options.warmupSeconds, savesPerStudent: null })
    }
    loadBefore = os.loadavg()[0]
    log(`load: ${options.seconds} s${options.savesPerStudent ? ` or ${options.savesPerStudent} saves each` : ''}`)
    load = await timed(phases, 'load', () =>
      runLoad({ baseUrl: server.baseUrl, students, ledger, seconds: options.seconds, savesPerStudent: options.savesPerStudent }),
    )
  } finally {
    await timed(phases, 'stop', () => server.stop())
    current = undefined
  }
  log('verifying every acknowledged save in the database')
  const verification = await timed(phases, 'verify', () => verifySaves(databaseUrl, ledger))
  const sorted = [...load.latencies].sort((a, b) => a - b)
  const perStudent = [...load.savesPerStudent].sort((a, b) => a - b)
  return {
    database: kind,
    students: count,
    saves: sorted.length,
    savesPerSecond: sorted.length / (load.elapsedMs / 1000),
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
    for (const count of options.students) results.push(await benchOnce(kind, count, options, stamp))
  }
  const text = formatReport(results, options, builtFrom())
  console.log(`\n${text}`)
  fs.writeFileSync(path.join(RESULTS_DIR, `autosave-${stamp}.txt`), `${text}\n`)
  fs.writeFileSync(path.join(RESULTS_DIR, `autosave-${stamp}.json`), JSON.stringify({ options, results }, null, 2))
  if (results.some((r) => r.lost.length)) process.exitCode = 1
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void (current?.stop() ?? Promise.resolve()).finally(() => process.exit(130)))
}
main().catch(async (error) => {
  await current?.stop()
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
