// npm run bench:surge — the deadline surge: N students with answers in progress all submit within a
// few seconds while those not yet done keep autosaving, against several `next start` processes on
// one PostgreSQL. Optionally a fault in the middle: one process killed with SIGKILL (--kill), or
// PostgreSQL restarted (--restart-postgres). Prints accepted, errors, p50/p99, and then checks in
// the database that every acknowledged answer is stored and every student submitted exactly once.
//   npm run bench:surge -- [--students 1000] [--processes 2] [--window 10] [--think 2] [--kill | --restart-postgres] [--dist-dir .next-bench]
// Commands and figures: bench/README.md, docs/performance.md.
import { exec } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { freshDatabase } from './fresh-database'
import { Ledger } from './ledger'
import { mapLimit } from './map-limit'
import { DIST_DIR, ensureBuild, startServer, type RunningServer } from './server'
import { BENCH_PASSWORD, seedStudents } from './seed-students'
import { signIn } from './sign-in'
import { percentile } from './stats'
import { checkSubmissions } from './surge/check-submissions'
import { Client } from './surge/client'
import { watchHealth } from './surge/watch-health'
import { verifySaves } from './verify'

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '1000' },
    processes: { type: 'string', default: '2' },
    window: { type: 'string', default: '10' },
    think: { type: 'string', default: '2' },
    kill: { type: 'boolean', default: false },
    'restart-postgres': { type: 'boolean', default: false },
    port: { type: 'string', default: '3580' },
    rebuild: { type: 'boolean', default: false },
    // CI passes the build npm test made, instead of building the benchmark's own.
    'dist-dir': { type: 'string', default: DIST_DIR },
  },
})
const students = Number(values.students)
const processes = Number(values.processes)
const windowSeconds = Number(values.window)
const thinkSeconds = Number(values.think)
const port = Number(values.port)
if (!(students >= 2 && students <= 5000) || !(processes >= 1 && processes <= 4) || !(windowSeconds >= 1 && windowSeconds <= 120)) {
  console.error(
    'Usage: npm run bench:surge -- [--students 2..5000] [--processes 1..4] [--window 1..120] [--think s] [--kill | --restart-postgres]',
  )
  process.exit(1)
}
if (values.kill && processes < 2) {
  console.error('--kill needs at least two processes: the students of the killed one retry against the others.')
  process.exit(1)
}
// BENCH_APP_DATABASE_URL: the app's own URL, if not this one (the benchmark seeds and checks directly).
const postgresUrl = process.env.BENCH_DATABASE_URL || 'postgresql://lectern:lectern@localhost:5432/lectern_bench'
// As root on Debian; anything else can name its own command.
const restartCommand = process.env.BENCH_PG_RESTART || 'pg_ctlcluster --skip-systemctl-redirect 15 main restart'
const RESULTS_DIR = path.join('bench', 'results')
const running: RunningServer[] = []

async function main() {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const distDir = values['dist-dir']
  ensureBuild(values.rebuild, distDir)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const databaseUrl = await freshDatabase('postgres', students, postgresUrl)
  console.log(`seeding ${students} students with started attempts`)
  const seeded = await seedStudents(databaseUrl, students)
  // The app may reach the database another way than the benchmark does (through PgBouncer, say).
  const appDatabaseUrl = process.env.BENCH_APP_DATABASE_URL || databaseUrl
  const secret = crypto.randomBytes(32).toString('base64')
  const servers = await Promise.all(
    Array.from({ length: processes }, (_, i) =>
      startServer({
        databaseUrl: appDatabaseUrl,
        port: port + i,
        secret,
        distDir,
        logFile: path.join(RESULTS_DIR, `surge-${stamp}-server-${i + 1}.log`),
      }),
    ),
  )
  running.push(...servers)
  const baseUrls = servers.map((s) => s.baseUrl)
  const ledger = new Ledger()
  try {
    console.log(`signing in ${students} students over ${processes} processes`)
    const clients = await mapLimit(seeded, 4, async (s, i) => {
      const cookie = await signIn(baseUrls[i % processes], s.email, BENCH_PASSWORD)
      return new Client({ ...s, cookie, baseUrls, home: i % processes, ledger })
    })
    console.log('answers in progress: two saves per student')
    await mapLimit(clients, 50, async (c) => {
      await c.saveOnce()
      await c.saveOnce()
    })

    const health = watchHealth(baseUrls)
    const loadBefore = os.loadavg()[0]
    const started = Date.now()
    const fault = scheduleFault(servers, (windowSeconds * 1000) / 2)
    console.log(`surge: ${students} submits within ${windowSeconds} s, the others autosaving every ~${thinkSeconds} s`)
    const outcomes = await Promise.all(
      clients.map((c) =>
        c.autosaveThenSubmit({ submitAtMs: started + Math.random() * windowSeconds * 1000, thinkMs: thinkSeconds * 1000 }),
      ),
    )
    const faultNote = await fault
    const healthSeen = health.stop()
    const elapsed = (Date.now() - started) / 1000

    await Promise.all(servers.map((s) => s.stop()))
    running.length = 0
    const saves = await verifySaves(databaseUrl, ledger)
    const submissions = await checkSubmissions(databaseUrl, clients)

    const accepted = outcomes.filter((o) => o.ok)
    const latencies = accepted.map((o) => o.ms).sort((a, b) => a - b)
    const saveStats = clients.reduce((t, c) => ({ acked: t.acked + c.savesAcked, retried: t.retried + c.retries }), {
      acked: 0,
      retried: 0,
    })
    const errorCounts = new Map<string, number>()
    for (const c of clients) for (const [reason, n] of c.errors) errorCounts.set(reason, (errorCounts.get(reason) ?? 0) + n)
    const lines = [
      `Deadline surge — ${new Date().toISOString()}, ${os.availableParallelism()} cores, load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`,
      `${students} students, ${processes} processes on PostgreSQL, submits spread over ${windowSeconds} s, autosave every ~${thinkSeconds} s until submitting; fault: ${faultNote}`,
      `submits accepted: ${accepted.length} of ${students}; gave up: ${outcomes.length - accepted.length}; surge took ${elapsed.toFixed(1)} s`,
      `submit latency from its scheduled moment to acknowledgement (retries included): p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(0)} ms`,
      `autosaves acknowledged: ${saveStats.acked}; requests retried: ${saveStats.retried}`,
      ...[...errorCounts].map(([reason, n]) => `  retried after: ${reason} × ${n}`),
      `health seen: ${healthSeen}`,
      `check — acknowledged answers stored: ${saves.checked - saves.lost.length} of ${saves.checked} (lost ${saves.lost.length})`,
      `check — submissions: ${submissions.summary}`,
      ...saves.lost.slice(0, 10).map((l) => `  LOST ${l}`),
      ...submissions.problems.slice(0, 10).map((p) => `  PROBLEM ${p}`),
    ]
    const text = lines.join('\n')
    console.log(`\n${text}`)
    fs.writeFileSync(path.join(RESULTS_DIR, `surge-${stamp}.txt`), `${text}\n`)
    // A 500 is a bug even when the retry succeeded: under load the app owes 503 or 429, never 500.
    const serverErrors = [...errorCounts].filter(([reason]) => /^HTTP 5(?!03)/.test(reason)).reduce((n, [, k]) => n + k, 0)
    if (serverErrors) console.log(`FAIL: ${serverErrors} answers were a server error other than 503`)
    if (saves.lost.length || submissions.problems.length || accepted.length < students || serverErrors) process.exitCode = 1
  } finally {
    await Promise.all(running.map((s) => s.stop()))
  }
}

/** The fault in the middle of the surge, if one was asked for; resolves with what was done. */
async function scheduleFault(servers: RunningServer[], afterMs: number): Promise<string> {
  if (!values.kill && !values['restart-postgres']) return 'none'
  await new Promise((resolve) => setTimeout(resolve, afterMs))
  if (values.kill) {
    process.kill(-servers[0].pid, 'SIGKILL')
    return `SIGKILL to process 1 (pid ${servers[0].pid}) at ${(afterMs / 1000).toFixed(1)} s`
  }
  // Asynchronously: a synchronous exec would freeze every simulated student during the restart.
  const began = Date.now()
  await promisify(exec)(restartCommand)
  return `PostgreSQL restarted at ${(afterMs / 1000).toFixed(1)} s (${restartCommand}: ${((Date.now() - began) / 1000).toFixed(1)} s); app processes not restarted`
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void Promise.all(running.map((s) => s.stop())).finally(() => process.exit(130)))
}
main().catch(async (error) => {
  await Promise.all(running.map((s) => s.stop()))
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
