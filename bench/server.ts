// The benchmarks' production server: the autosave benchmark's build (.next-bench, never .next or
// .next-lead), building into any benchmark's folder, and `next start` as its own process group,
// stopped with SIGTERM.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const DIST_DIR = '.next-bench'
const NEXT_BIN = path.join('node_modules', '.bin', 'next')
const builtFromFile = (distDir: string) => path.join(distDir, 'BENCH_BUILT_FROM')
const SOURCES = ['app', 'components', 'lib', 'content', 'next.config.ts', 'package-lock.json']

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

/**
 * Builds when there is no build yet or when asked to (--rebuild). An older build is kept, with a
 * warning: the working tree may be half-way through someone's change that does not build.
 */
export function ensureBuild(force: boolean, distDir = DIST_DIR): boolean {
  const buildId = path.join(distDir, 'BUILD_ID')
  if (!force && fs.existsSync(buildId)) {
    if (fs.statSync(buildId).mtimeMs < Math.max(...SOURCES.map(newestMtime))) {
      console.warn(`Note: app code changed after the build in ${distDir}; pass --rebuild to measure the current code.`)
    }
    return false
  }
  buildInto(distDir)
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim()
  const isDirty = spawnSync('git', ['status', '--porcelain', '--', ...SOURCES], { encoding: 'utf8' }).stdout.trim() !== ''
  fs.writeFileSync(
    builtFromFile(distDir),
    `${head || 'unknown commit'}${isDirty ? ' with uncommitted changes' : ''}, built ${new Date().toISOString()}`,
  )
  return true
}

/** `next build` into a benchmark's own folder; it adds that folder's types to tsconfig.json, which is put back. */
export function buildInto(distDir: string): void {
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
  try {
    const result = spawnSync(NEXT_BIN, ['build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: 'postgresql://pglite/:memory:' },
      timeout: 15 * 60_000,
    })
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`)
  } finally {
    if (fs.readFileSync('tsconfig.json', 'utf8') !== tsconfig) fs.writeFileSync('tsconfig.json', tsconfig)
  }
}

/** Which code the build holds: the commit at build time, and whether app code had uncommitted changes. */
export function builtFrom(distDir = DIST_DIR): string {
  const file = builtFromFile(distDir)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : 'unknown (built before the benchmark recorded it)'
}

export interface RunningServer {
  baseUrl: string
  /** The `next start` process, which is also its process group: the sign-in benchmark reads its CPU time. */
  pid: number
  stop(): Promise<void>
}

async function isListening(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  )
}

/** `next start` on a build folder (this benchmark's unless told), healthy within `startupSeconds` (default 60) or stopped. */
export async function startServer(opts: {
  databaseUrl: string
  port: number
  logFile: string
  distDir?: string
  startupSeconds?: number
  /** NEXTAUTH_SECRET: processes that share it accept each other's sessions. Random if not given. */
  secret?: string
}): Promise<RunningServer> {
  const startupSeconds = opts.startupSeconds ?? 60
  const baseUrl = `http://localhost:${opts.port}`
  if (await isListening(baseUrl)) throw new Error(`Something already listens on port ${opts.port}: choose another with --port.`)
  const log = fs.openSync(opts.logFile, 'w')
  const child = spawn(NEXT_BIN, ['start', '-p', String(opts.port)], {
    detached: true, // its own process group, so stop() also ends any worker it forks
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: opts.distDir ?? DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: opts.secret ?? crypto.randomBytes(32).toString('base64'),
      NEXTAUTH_URL: baseUrl,
    },
  })
  fs.closeSync(log)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let isRunning = true
  void exited.then(() => (isRunning = false))

  const stop = async () => {
    if (!isRunning || child.pid === undefined) return
    process.kill(-child.pid, 'SIGTERM')
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref())
    if ((await Promise.race([exited, timer])) === 'timeout' && isRunning) {
      process.kill(-child.pid, 'SIGKILL')
      await exited
    }
  }

  const deadline = Date.now() + startupSeconds * 1000
  while (Date.now() < deadline && isRunning) {
    const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { baseUrl, pid: child.pid!, stop }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`The server did not become healthy within ${startupSeconds} s; see ${opts.logFile}`)
}
