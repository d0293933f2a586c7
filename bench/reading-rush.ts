// npm run bench:reading-rush — a class opens the lesson at once: N students each load the reader
// and a context essay (static HTML, pages/lessons/), first all together from new connections (the
// rush), then again and again on their connections (sustained), against:
//   bare     one app process (scripts/serve.mjs, as `npm start` serves), no proxy;
//   cluster  `npm run cluster`'s topology: nginx in front of P app processes;
// each measured right after nginx serving the very same HTML files as plain static files (the
// reference), so every figure is also a ratio to what this machine can serve at that moment.
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { freshDatabase } from './fresh-database'
import { formatTable, percentile } from './stats'
import { AppProcesses } from '../scripts/cluster/app-processes'
import { ensureClusterBuild } from '../scripts/cluster/build'
import { lessonPages, precompress, startNginx } from '../scripts/cluster/nginx'
import { startCluster } from '../scripts/cluster/start-cluster'

const USAGE = `Usage: npm run bench:reading-rush -- [--students 500] [--seconds 15] [--warmup 5] [--processes 2]
                                   [--topologies bare,cluster] [--encoding browser|none] [--rebuild]
PostgreSQL: BENCH_DATABASE_URL (default postgresql://lectern:lectern@localhost:5432/lectern_bench_reading).`

// Ports of this benchmark: app processes from 3650, nginx 8650 (cluster) and 8651 (reference).
const BARE_PORT = 3650
const CLUSTER_FIRST_APP_PORT = 3651
const CLUSTER_NGINX_PORT = 8650
const REFERENCE_PORT = 8651
const REQUEST_TIMEOUT_MS = 30_000
// What Chromium sends when it opens a page: the server picks the encoding it can. With
// --encoding none there is no Accept-Encoding (as most load tools send), and pages go uncompressed.
const BROWSER_HEADERS: Record<string, string> = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br, zstd',
  'accept-language': 'en-GB,en;q=0.9',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) lectern-bench/reading-rush',
}
let requestHeaders = BROWSER_HEADERS

type Topology = 'bare' | 'cluster'

interface Options {
  students: number
  seconds: number
  warmup: number
  processes: number
  topologies: Topology[]
  encoding: 'browser' | 'none'
  rebuild: boolean
  postgresUrl: string
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      students: { type: 'string', default: '500' },
      seconds: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '5' },
      processes: { type: 'string', default: '2' },
      topologies: { type: 'string', default: 'bare,cluster' },
      encoding: { type: 'string', default: 'browser' },
      rebuild: { type: 'boolean', default: false },
    },
  })
  const bounded = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be a whole number from ${min} to ${max}; got "${raw}".\n${USAGE}`)
    return n
  }
  const topologies = values.topologies.split(',').map((t) => t.trim())
  if (!topologies.length || topologies.some((t) => t !== 'bare' && t !== 'cluster'))
    throw new Error(`--topologies is a comma list of bare and cluster; got "${values.topologies}".\n${USAGE}`)
  if (values.encoding !== 'browser' && values.encoding !== 'none')
    throw new Error(`--encoding is browser or none; got "${values.encoding}".\n${USAGE}`)
  return {
    encoding: values.encoding,
    students: bounded('students', values.students, 1, 2000),
    seconds: bounded('seconds', values.seconds, 1, 300),
    warmup: bounded('warmup', values.warmup, 0, 60),
    processes: bounded('processes', values.processes, 1, 8),
    topologies: topologies as Topology[],
    rebuild: values.rebuild,
    postgresUrl: process.env.BENCH_DATABASE_URL || 'postgresql://lectern:lectern@localhost:5432/lectern_bench_reading',
  }
}

interface Page {
  path: string
  file: string
}

/** The reader (lessons/<slug>.html) and the first context essay (lessons/<slug>/essays/<essay>.html). */
function pagesToOpen(distDir: string): Page[] {
  const root = path.join(distDir, 'server', 'pages')
  const files = lessonPages(distDir).map((f) => path.relative(root, f))
  const reader = files.find((f) => /^lessons\/[^/]+\.html$/.test(f))
  const essay = files.sort().find((f) => /^lessons\/[^/]+\/essays\/[^/]+\.html$/.test(f) && !f.endsWith('/index.html'))
  if (!reader || !essay) throw new Error(`No reader and essay page among the lesson pages of ${distDir}`)
  return [reader, essay].map((f) => ({ path: `/${f.replace(/\.html$/, '')}`, file: path.join(root, f) }))
}

interface Reply {
  status: number
  ms: number
  bytes: number
  encoding: string
  body: Buffer | null
}

function get(baseUrl: string, pagePath: string, agent: http.Agent, keepBody: boolean): Promise<Reply> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}${pagePath}`, { agent, headers: requestHeaders, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = []
      let bytes = 0
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (keepBody) chunks.push(chunk)
      })
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          ms: performance.now() - started,
          bytes,
          encoding: String(response.headers['content-encoding'] ?? 'identity'),
          body: keepBody ? Buffer.concat(chunks) : null,
        }),
      )
      response.on('error', reject)
    })
    request.on('timeout', () => request.destroy(new Error(`timeout > ${REQUEST_TIMEOUT_MS / 1000} s`)))
    request.on('error', reject)
  })
}

function decode(reply: Reply): Buffer {
  const body = reply.body ?? Buffer.alloc(0)
  if (reply.encoding === 'gzip') return zlib.gunzipSync(body)
  if (reply.encoding === 'br') return zlib.brotliDecompressSync(body)
  if (reply.encoding === 'deflate') return zlib.inflateSync(body)
  if (reply.encoding === 'zstd') throw new Error('zstd replies cannot be checked on this Node')
  return body
}

/** Does the server send the page's own HTML? Names the encoding it chose. */
async function checkSameHtml(baseUrl: string, pages: Page[]): Promise<string> {
  const agent = new http.Agent({ keepAlive: false })
  const notes: string[] = []
  for (const page of pages) {
    const reply = await get(baseUrl, page.path, agent, true)
    if (reply.status !== 200) throw new Error(`${baseUrl}${page.path} answered ${reply.status}`)
    const same = decode(reply).equals(fs.readFileSync(page.file))
    if (!same) throw new Error(`${baseUrl}${page.path} does not send the HTML of ${page.file}`)
    notes.push(`${page.path} ${reply.encoding} ${(reply.bytes / 1024).toFixed(1)} kB`)
  }
  return notes.join(', ')
}

interface Measured {
  name: string
  /** The rush: time until each student has both pages, from new connections, all at once. */
  rushMs: number[]
  rushErrors: number
  rushWallMs: number
  /** Sustained: every reply in the measured seconds. */
  latencies: number[]
  errors: Map<string, number>
  requestsPerSecond: number
  elapsedMs: number
  clientCores: number
  loadAverage: [number, number]
  served: string
}

const countError = (errors: Map<string, number>, reason: string) => errors.set(reason, (errors.get(reason) ?? 0) + 1)

async function measure(name: string, baseUrl: string, pages: Page[], opts: Options): Promise<Measured> {
  const served = await checkSameHtml(baseUrl, pages)
  const loadBefore = os.loadavg()[0]
  // Each student is one browser: one connection of its own, kept alive between pages.
  const agents = Array.from({ length: opts.students }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }))
  const rushErrors = new Map<string, number>()
  const rushStarted = performance.now()
  const rushMs = (
    await Promise.all(
      agents.map(async (agent) => {
        const started = performance.now()
        for (const page of pages) {
          const reply = await get(baseUrl, page.path, agent, false).catch((error: Error) => ({ status: 0, reason: error.message }))
          if (reply.status !== 200) {
            countError(rushErrors, 'reason' in reply ? `network: ${reply.reason}` : `HTTP ${reply.status}`)
            return null
          }
        }
        return performance.now() - started
      }),
    )
  ).filter((ms): ms is number => ms !== null)
  const rushWallMs = performance.now() - rushStarted

  // Sustained: new connections (the rush's may have idled past the server's keep-alive timeout
  // while the slowest students finished), and one loop through warm-up and measurement, with no
  // barrier between them: a reply counts when its request started and ended inside the window.
  for (const agent of agents) agent.destroy()
  const sustainedAgents = Array.from({ length: opts.students }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }))
  const latencies: number[] = []
  const errors = new Map<string, number>()
  const started = performance.now() + opts.warmup * 1000
  const ends = started + opts.seconds * 1000
  const loop = async (agent: http.Agent) => {
    for (let i = 0; performance.now() < ends; i++) {
      const page = pages[i % pages.length]
      const sent = performance.now()
      const isMeasured = () => sent >= started && performance.now() <= ends
      try {
        const reply = await get(baseUrl, page.path, agent, false)
        if (!isMeasured()) continue
        if (reply.status === 200) latencies.push(reply.ms)
        else countError(errors, `HTTP ${reply.status}`)
      } catch (error) {
        if (isMeasured()) countError(errors, `network: ${(error as Error).message}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }
  let cpuBefore = process.cpuUsage()
  const cpuTimer = setTimeout(() => (cpuBefore = process.cpuUsage()), opts.warmup * 1000)
  await Promise.all(sustainedAgents.map(loop))
  clearTimeout(cpuTimer)
  const elapsedMs = opts.seconds * 1000
  const cpu = process.cpuUsage(cpuBefore)
  for (const agent of sustainedAgents) agent.destroy()
  latencies.sort((a, b) => a - b)
  rushMs.sort((a, b) => a - b)
  return {
    name,
    rushMs,
    rushErrors: [...rushErrors.values()].reduce((a, b) => a + b, 0),
    rushWallMs,
    latencies,
    errors,
    requestsPerSecond: latencies.length / (elapsedMs / 1000),
    elapsedMs,
    clientCores: (cpu.user + cpu.system) / 1000 / elapsedMs,
    loadAverage: [loadBefore, os.loadavg()[0]],
    served,
  }
}

/** nginx with nothing but the lesson pages as files: what serving this HTML costs on this machine. */
function referenceConfig(prefix: string, distDir: string): string {
  const p = path.resolve(prefix)
  return `worker_processes auto;
pid ${p}/nginx.pid;
error_log ${p}/error.log warn;
events { worker_connections 4096; }
http {
  types { text/html html; }
  access_log off;
  client_body_temp_path ${p}/tmp/body; proxy_temp_path ${p}/tmp/proxy; fastcgi_temp_path ${p}/tmp/fastcgi;
  uwsgi_temp_path ${p}/tmp/uwsgi; scgi_temp_path ${p}/tmp/scgi;
  sendfile on; keepalive_requests 10000;
  server {
    listen 127.0.0.1:${REFERENCE_PORT};
    root ${path.resolve(distDir, 'server', 'pages')};
    location /lessons/ { try_files $uri.html =404; gzip_static on; }
  }
}
`
}

function migrate(databaseUrl: string): void {
  const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/migrate.ts'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  })
  if (result.status !== 0) throw new Error('Migrations failed')
}

function report(runs: { topology: Measured; reference: Measured }[], opts: Options, build: string, pages: Page[]): string {
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '-')
  const rows: string[][] = []
  for (const { topology, reference } of runs) {
    for (const m of [reference, topology]) {
      const errors = [...m.errors.values()].reduce((a, b) => a + b, 0)
      rows.push([
        m.name,
        m === reference ? '' : `${(m.requestsPerSecond / reference.requestsPerSecond).toFixed(2)}×`,
        m.requestsPerSecond.toFixed(0),
        ms(percentile(m.latencies, 50)),
        ms(percentile(m.latencies, 99)),
        String(errors),
        ms(percentile(m.rushMs, 50)),
        ms(percentile(m.rushMs, 99)),
        `${(m.rushWallMs / 1000).toFixed(2)} s`,
        String(m.rushErrors),
      ])
    }
  }
  const table = formatTable(['run', 'ratio', 'req/s', 'p50', 'p99', 'errors', 'rush p50', 'rush p99', 'rush all', 'rush errors'], rows)
  const details = runs.flatMap(({ topology, reference }) =>
    [reference, topology].flatMap((m) => [
      `${m.name}: ${m.latencies.length} replies in ${(m.elapsedMs / 1000).toFixed(1)} s; load average ${m.loadAverage.map((n) => n.toFixed(1)).join(' → ')} ` +
        `on ${os.availableParallelism()} cores; load generator ${m.clientCores.toFixed(2)} cores; served ${m.served}`,
      ...[...m.errors].map(([reason, n]) => `  error ${reason}: ${n}`),
    ]),
  )
  return [
    `Build: ${build}. Accept-Encoding: ${requestHeaders['accept-encoding'] ?? 'none'}. ${opts.students} students, each one connection: the rush (reader then essay, all at once, new connections), ` +
      `then ${opts.warmup} s warm-up and ${opts.seconds} s sustained (reader, essay, reader, … with no pause). ` +
      `Pages: ${pages.map((p) => p.path).join(', ')}. Ratio: req/s against the reference run just before it.`,
    '',
    table,
    '',
    ...details,
  ].join('\n')
}

async function main() {
  const opts = parseOptions()
  if (opts.encoding === 'none')
    requestHeaders = Object.fromEntries(Object.entries(BROWSER_HEADERS).filter(([name]) => name !== 'accept-encoding'))
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const resultsDir = path.join('bench', 'results')
  const runDir = path.join('.data', 'bench-reading-rush')
  fs.mkdirSync(resultsDir, { recursive: true })
  fs.rmSync(runDir, { recursive: true, force: true })

  const build = ensureClusterBuild({ rebuild: opts.rebuild })
  const pages = pagesToOpen(build.distDir)
  precompress(lessonPages(build.distDir))
  const databaseUrl = await freshDatabase('postgres', opts.students, opts.postgresUrl)
  migrate(databaseUrl)
  const secret = 'reading-rush benchmark secret, not a real one'
  const appEnv = {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: build.distDir,
    DEPLOYMENT_VERSION: build.deploymentId,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
  }

  const referencePrefix = path.join(runDir, 'reference-nginx')
  const reference = await startNginx(referencePrefix, referenceConfig(referencePrefix, build.distDir), {
    probeUrl: `http://127.0.0.1:${REFERENCE_PORT}${pages[0].path}`,
  })
  const runs: { topology: Measured; reference: Measured }[] = []
  try {
    for (const topology of opts.topologies) {
      console.log(`\n▸ reference: nginx serving the HTML files`)
      const ref = await measure(`nginx static (before ${topology})`, `http://127.0.0.1:${REFERENCE_PORT}`, pages, opts)
      if (topology === 'bare') {
        const app = new AppProcesses({
          ports: [BARE_PORT],
          logDir: path.join(runDir, 'bare'),
          restartOnExit: false,
          env: { ...process.env, ...appEnv, NEXTAUTH_URL: `http://localhost:${BARE_PORT}` },
        })
        await app.start()
        try {
          console.log('▸ bare: one app process')
          runs.push({ reference: ref, topology: await measure('bare: 1 app process', `http://127.0.0.1:${BARE_PORT}`, pages, opts) })
        } finally {
          await app.stop()
        }
      } else {
        const cluster = await startCluster({
          build,
          processes: opts.processes,
          firstAppPort: CLUSTER_FIRST_APP_PORT,
          nginxPort: CLUSTER_NGINX_PORT,
          databaseUrl,
          nextAuthSecret: secret,
          runDir: path.join(runDir, 'cluster'),
          restartOnExit: false,
        })
        try {
          console.log(`▸ cluster: nginx + ${opts.processes} app processes`)
          const name = `cluster: nginx + ${opts.processes} app processes`
          runs.push({ reference: ref, topology: await measure(name, `http://127.0.0.1:${CLUSTER_NGINX_PORT}`, pages, opts) })
        } finally {
          await cluster.stop()
        }
      }
    }
  } finally {
    await reference.stop()
  }

  const text = report(runs, opts, `${build.deploymentId} (${build.builtFrom})`, pages)
  console.log(`\n${text}\n`)
  const file = path.join(resultsDir, `reading-rush-${stamp}`)
  fs.writeFileSync(`${file}.txt`, text + '\n')
  fs.writeFileSync(
    `${file}.json`,
    JSON.stringify(
      { options: opts, build, pages, runs: runs.map((r) => ({ reference: summary(r.reference), topology: summary(r.topology) })) },
      null,
      2,
    ),
  )
  console.log(`Results: ${file}.txt and .json; server logs in ${runDir}/`)
}

function summary(m: Measured) {
  return {
    name: m.name,
    requestsPerSecond: m.requestsPerSecond,
    replies: m.latencies.length,
    latencyMs: { p50: percentile(m.latencies, 50), p99: percentile(m.latencies, 99), max: m.latencies.at(-1) ?? null },
    errors: Object.fromEntries(m.errors),
    rush: { p50: percentile(m.rushMs, 50), p99: percentile(m.rushMs, 99), wallMs: m.rushWallMs, errors: m.rushErrors },
    clientCores: m.clientCores,
    loadAverage: m.loadAverage,
    served: m.served,
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
