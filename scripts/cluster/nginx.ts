// nginx for the cluster: deploy/nginx.conf.template filled in for one build and N processes, and
// nginx itself as a child process (its own prefix folder, `daemon off`, never the system config).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { spawn, spawnSync } from 'node:child_process'
import { contentSecurityPolicy } from '../../lib/http/content-security-policy'
import { SERVER_ACTION_BODY_LIMIT_BYTES } from '../../lib/http/body-limits.mjs'

export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx'
const TEMPLATE = path.join('deploy', 'nginx.conf.template')

/** Every prerendered lesson page of a build: <distDir>/server/pages/lessons/**.html. */
export function lessonPages(distDir: string): string[] {
  const root = path.join(distDir, 'server', 'pages', 'lessons')
  if (!fs.existsSync(root)) throw new Error(`${root} is missing: is ${distDir} a production build?`)
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => path.join(root, f))
}

/**
 * The Content-Security-Policy of the lesson pages when nginx serves them: the app's own policy
 * (lib/http/content-security-policy.ts) for a page that cannot carry a nonce, allowing the pages'
 * inline scripts by hash — hashed here from the very files nginx serves.
 */
export function lessonPolicy(pages: string[], isHttps: boolean): string {
  const hashes = new Set<string>()
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8')
    for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attributes)) throw new Error(`${file} loads a script file; the lesson pages' policy only knows inline scripts.`)
      if (body.trim()) hashes.add(`sha256-${crypto.createHash('sha256').update(body).digest('base64')}`)
    }
  }
  // Static HTML carries no nonce: the function wants one, and it is taken out again.
  const placeholder = 'A'.repeat(22)
  const policy = contentSecurityPolicy({ nonce: placeholder, scriptHashes: [...hashes], isHttps }).replace(` 'nonce-${placeholder}'`, '')
  if (/["\\$]/.test(policy)) throw new Error(`The lesson policy cannot be written into nginx.conf as it stands: ${policy}`)
  return policy
}

/** Writes <page>.html.gz beside each lesson page (nginx's gzip_static sends it), unless it is current. */
export function precompress(pages: string[]): void {
  for (const file of pages) {
    const gz = `${file}.gz`
    if (fs.existsSync(gz) && fs.statSync(gz).mtimeMs >= fs.statSync(file).mtimeMs) continue
    fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(file), { level: 9 }))
  }
}

export interface NginxConfigOptions {
  /** The folder nginx runs in: pid, logs, temporary files. */
  prefix: string
  /** What `listen` says, e.g. "127.0.0.1:8600". */
  listen: string
  distDir: string
  appPorts: number[]
  /** The public address is https (TLS in front of nginx): upgrade-insecure-requests and HSTS. */
  isHttps: boolean
  /** Processes nginx must not send new requests to (being restarted). */
  downPorts?: ReadonlySet<number>
  workerProcesses?: number | 'auto'
}

export function renderNginxConfig(opts: NginxConfigOptions): string {
  const distDir = path.resolve(opts.distDir)
  const pages = lessonPages(distDir)
  const fields: Record<string, string> = {
    WORKER_PROCESSES: String(opts.workerProcesses ?? 'auto'),
    PREFIX: path.resolve(opts.prefix),
    LISTEN: opts.listen,
    DIST_DIR: distDir,
    UPSTREAM_SERVERS: opts.appPorts
      .map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s${opts.downPorts?.has(port) ? ' down' : ''};`)
      .join('\n'),
    // One more try than there are other processes would only return to the one that just failed.
    NEXT_UPSTREAM_TRIES: String(Math.max(1, opts.appPorts.length)),
    CLIENT_MAX_BODY_SIZE: `${Math.ceil(SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024) + 1}m`,
    LESSON_CSP: lessonPolicy(pages, opts.isHttps),
    // The pages change with each deployment: browsers ask again each time (a 304 while unchanged).
    LESSON_CACHE_CONTROL: 'no-cache',
    LESSON_EXTRA_HEADERS: opts.isHttps ? '      add_header Strict-Transport-Security "max-age=31536000" always;' : '',
  }
  const text = fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    if (!(name in fields)) throw new Error(`${TEMPLATE} has a field {{${name}}} that nothing fills`)
    return fields[name]
  })
  precompress(pages)
  return text
}

export interface RunningNginx {
  pid: number
  /** Checks and loads a new config: new workers take it, old ones finish their requests first. */
  reload(config: string): Promise<void>
  stop(): Promise<void>
  exited: Promise<number | null>
}

/** Writes the config into prefix, checks it (`nginx -t`), and runs nginx in the foreground as a child. */
export async function startNginx(prefix: string, config: string, opts: { probeUrl: string }): Promise<RunningNginx> {
  for (const dir of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi'])
    fs.mkdirSync(path.join(prefix, dir), { recursive: true })
  const conf = path.resolve(prefix, 'nginx.conf')
  fs.writeFileSync(conf, config)
  // As root, nginx's workers would drop to "nobody", who may not read the build: keep them as we are.
  const args = ['-p', path.resolve(prefix), '-c', conf, '-g', `daemon off;${process.getuid?.() === 0 ? ' user root;' : ''}`]
  const check = () => {
    const test = spawnSync(NGINX_BIN, ['-t', ...args], { encoding: 'utf8' })
    if (test.status !== 0) throw new Error(`nginx refused ${conf}:\n${test.stderr}`)
  }
  check()
  // Its own process group: Ctrl-C reaches us, and we stop nginx gracefully (SIGQUIT), not it directly.
  const child = spawn(NGINX_BIN, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let isRunning = true
  void exited.then(() => (isRunning = false))
  const stop = async () => {
    if (!isRunning) return
    child.kill('SIGQUIT') // graceful: finish the requests in flight, then exit
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref())
    if ((await Promise.race([exited, timer])) === 'timeout' && isRunning) child.kill('SIGKILL')
    await exited
  }
  const reload = async (next: string) => {
    fs.writeFileSync(conf, next)
    check()
    child.kill('SIGHUP')
    // The master starts new workers at once; give them a moment before relying on the change.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline && isRunning) {
    const ok = await fetch(opts.probeUrl, { signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    )
    if (ok) return { pid: child.pid!, reload, stop, exited }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`nginx did not answer at ${opts.probeUrl}; see ${path.join(prefix, 'error.log')}`)
}
