// The production build the benchmark requests pages from: `next start` on its own port and build
// folder (.next-review), as its own process group so stopping it ends everything it started.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const DIST_DIR = '.next-review'
const NEXT = path.join('node_modules', '.bin', 'next')

const STAMP_FILE = path.join(DIST_DIR, 'lectern-source-stamp')

/** The commit plus any uncommitted change: a build made from other code would time other code. */
function sourceStamp(): string {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout ?? ''
  return crypto.createHash('sha256').update(git('rev-parse', 'HEAD')).update(git('diff', 'HEAD')).digest('hex')
}

/** Builds into .next-review unless the build there is of this very source; `next build` touches tsconfig.json, which is put back. */
export function ensureBuild(): void {
  const stamp = sourceStamp()
  if (fs.existsSync(path.join(DIST_DIR, 'BUILD_ID')) && fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, 'utf8') === stamp) return
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
  try {
    const result = spawnSync(NEXT, ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: 'postgresql://pglite/:memory:' } })
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`)
    fs.writeFileSync(STAMP_FILE, stamp)
  } finally {
    if (fs.readFileSync('tsconfig.json', 'utf8') !== tsconfig) fs.writeFileSync('tsconfig.json', tsconfig)
  }
}

export interface Server {
  baseUrl: string
  stop(): Promise<void>
}

export async function startServer(opts: { databaseUrl: string; port: number; logFile: string }): Promise<Server> {
  const baseUrl = `http://localhost:${opts.port}`
  const busy = await fetch(baseUrl, { signal: AbortSignal.timeout(1_000) }).then(() => true, () => false)
  if (busy) throw new Error(`Port ${opts.port} is already in use.`)
  const log = fs.openSync(opts.logFile, 'w')
  const child = spawn(NEXT, ['start', '-p', String(opts.port)], {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64'),
      NEXTAUTH_URL: baseUrl,
    },
  })
  fs.closeSync(log)
  let isRunning = true
  const exited = new Promise<void>((resolve) => child.once('exit', () => ((isRunning = false), resolve())))
  const stop = async () => {
    if (!isRunning || child.pid === undefined) return
    process.kill(-child.pid, 'SIGTERM')
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref())
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      process.kill(-child.pid, 'SIGKILL')
      await exited
    }
  }
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline && isRunning) {
    if (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false)) return { baseUrl, stop }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  await stop()
  throw new Error(`The server did not start within 90 s: see ${opts.logFile}`)
}

/** Signs in as the browser does (csrf token, then the credentials callback) and returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const cookies = (r: Response) => r.headers.getSetCookie().map((c) => c.split(';')[0])
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  })
  await response.arrayBuffer()
  const session = cookies(response).find((c) => c.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`Sign-in failed for ${email} (HTTP ${response.status})`)
  return session
}

/** One GET, read to the last byte; fails loudly on anything but 200 so a 404 is never timed as a page. */
export async function getPage(url: string, cookie: string): Promise<{ bytes: number }> {
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' })
  const body = await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
  return { bytes: body.byteLength }
}
