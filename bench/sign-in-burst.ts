// npm run bench:sign-in — a class signs in at once: N students (default 120) from one address, the
// real next-auth flow (csrf token, then the credentials callback) against a production build on a
// fresh embedded database; optionally a fraction type a wrong password once first (--mistype 0.25).
// Prints latency percentiles, failures, lockouts, the server's event-loop CPU per sign-in, and a
// reference burst of GET /api/health for this machine's speed at that minute. It prints numbers and
// never fails on timing (see bench/README.md).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { signInBurst, healthBurst } from './sign-in-burst/burst'
import { parseOptions } from './sign-in-burst/options'
import { findListeningPid, sampleCpu } from './sign-in-burst/process-cpu'
import { formatBurstReport } from './sign-in-burst/report'
import { seedAccounts, BURST_PASSWORD, WARM_UP_EMAIL } from './sign-in-burst/seed-accounts'
import { builtFrom, ensureBuild, startServer } from './server'
import { signIn } from './sign-in'

const DIST_DIR = '.next-sign-in'
const RESULTS_DIR = path.join('bench', 'results')

async function main() {
  const options = parseOptions(process.argv.slice(2))
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  ensureBuild(options.rebuild, DIST_DIR)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const dir = path.join('.data', `bench-sign-in-${options.students}`)
  fs.rmSync(dir, { recursive: true, force: true })
  const databaseUrl = `postgresql://pglite/${dir}`
  console.log(`▸ seeding ${options.students} students on a fresh database (${dir})`)
  const emails = await seedAccounts(databaseUrl, options.students)

  const logFile = path.join(RESULTS_DIR, `sign-in-server-${stamp}.log`)
  const server = await startServer({ databaseUrl, port: options.port, logFile, distDir: DIST_DIR, startupSeconds: 90 })
  try {
    const pid = findListeningPid(server.pid, options.port)
    const timeoutMs = options.timeoutSeconds * 1000
    // Unmeasured: the first requests load each route's code and warm the JIT and the database.
    for (let i = 0; i < 3; i++) await signIn(server.baseUrl, WARM_UP_EMAIL, BURST_PASSWORD)
    await healthBurst(server.baseUrl, 10, timeoutMs)

    console.log(`▸ reference: ${options.students} × GET /api/health at once`)
    const referenceBefore = await healthBurst(server.baseUrl, options.students, timeoutMs)
    const loadBefore = os.loadavg()[0]
    console.log(`▸ burst: ${options.students} students sign in at once (server pid ${pid})`)
    const cpuBefore = sampleCpu(pid)
    const burst = await signInBurst(server.baseUrl, emails, { mistype: options.mistype, timeoutMs })
    const cpuAfter = sampleCpu(pid)
    const loadAfter = os.loadavg()[0]
    console.log(`▸ reference again`)
    const referenceAfter = await healthBurst(server.baseUrl, options.students, timeoutMs)

    const text = formatBurstReport({
      students: options.students,
      mistype: options.mistype,
      builtFrom: builtFrom(DIST_DIR),
      burst,
      referenceBefore,
      referenceAfter,
      cpuBefore,
      cpuAfter,
      loadAverage: [loadBefore, loadAfter],
    })
    console.log(`\n${text}\n`)
    fs.writeFileSync(path.join(RESULTS_DIR, `sign-in-${stamp}.txt`), `${text}\n`)
    console.log(`Written to ${path.join(RESULTS_DIR, `sign-in-${stamp}.txt`)}; the server's log is ${logFile}`)
  } finally {
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
