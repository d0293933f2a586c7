// npm run cluster — Lectern as it runs in production, on one machine: one build, N app processes
// on loopback ports, nginx in front serving the lesson pages and build assets itself, PostgreSQL
// behind. Migrations run once, before any process starts. Ctrl-C (SIGINT) or SIGTERM stops nginx
// and then the processes; SIGHUP restarts the processes one at a time. docs/deploy.md explains it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { ensureClusterBuild, CLUSTER_DIST_DIR } from './cluster/build'
import { startCluster } from './cluster/start-cluster'

const USAGE = `Usage: DATABASE_URL=postgresql://… npm run cluster -- [--processes 2] [--port 8600] [--app-port 3601] [--demo] [--rebuild]
  --processes   app processes behind nginx (1–16; or CLUSTER_PROCESSES)
  --port        nginx's port on 127.0.0.1
  --app-port    the first app process's port; the others follow it
  --demo        seed the demo class into an empty database (as npm start does)
  --rebuild     build even if ${CLUSTER_DIST_DIR} holds a cluster build
  --no-restart  leave a process that dies down (default: start it again)`

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]']

function fail(message: string): never {
  console.error(`✖ ${message}`)
  process.exit(1)
}

function bounded(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} must be a whole number from ${min} to ${max}; got "${raw}".\n${USAGE}`)
  return n
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** A missing database on a local server is created (the role needs CREATEDB); a remote one never. */
async function ensureDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
    await client.end()
    return
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error // 3D000: no such database
  }
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  if (!LOCAL_HOSTS.includes(target.hostname) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    fail(`Database "${name}" does not exist on ${target.hostname}: create it first.`)
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  maintenance.search = ''
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}"`)
    console.log(`▸ Created database ${name}`)
  } finally {
    await admin.end()
  }
}

/** Every process keeps up to DATABASE_POOL_SIZE connections: together they must fit the server. */
async function checkConnectionBudget(url: string, processes: number): Promise<void> {
  const poolSize = Number(process.env.DATABASE_POOL_SIZE || 10)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const rows = (
      await client.query<{ name: string; setting: string }>(
        "SELECT name, setting FROM pg_settings WHERE name IN ('max_connections', 'superuser_reserved_connections')",
      )
    ).rows
    const setting = (name: string) => Number(rows.find((r) => r.name === name)?.setting ?? 0)
    const available = setting('max_connections') - setting('superuser_reserved_connections')
    const wanted = processes * poolSize
    if (wanted > available - 5) {
      console.warn(
        `Note: ${processes} processes × DATABASE_POOL_SIZE ${poolSize} = ${wanted} connections, and the server allows ${available} ` +
          '(less a few for migrations and administration). Under load some requests will wait for a connection; lower DATABASE_POOL_SIZE or put PgBouncer in front (docs/deploy.md).',
      )
    }
  } finally {
    await client.end()
  }
}

function runStep(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  console.log(`\n▸ ${label}`)
  const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), args, { stdio: 'inherit', env })
  if (result.status !== 0) fail(`${label} failed. Nothing was started.`)
}

/** NEXTAUTH_SECRET if set; else one generated once and kept in .data/cluster/ for this rig. */
function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET
  const file = path.join('.data', 'cluster', 'nextauth-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600 })
    console.log(`▸ NEXTAUTH_SECRET is not set: generated one into ${file}, shared by every process`)
  }
  return fs.readFileSync(file, 'utf8').trim()
}

async function main() {
  const { values } = parseArgs({
    options: {
      processes: { type: 'string', default: process.env.CLUSTER_PROCESSES || '2' },
      port: { type: 'string', default: '8600' },
      'app-port': { type: 'string', default: '3601' },
      demo: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      'no-restart': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const processes = bounded('processes', values.processes, 1, 16)
  const nginxPort = bounded('port', values.port, 1, 65535)
  const firstAppPort = bounded('app-port', values['app-port'], 1, 65535 - processes)
  const databaseUrl = process.env.DATABASE_URL ?? ''
  if (!/^postgres(ql)?:\/\//.test(databaseUrl) || databaseUrl.startsWith('postgresql://pglite/'))
    fail(
      'DATABASE_URL must name a PostgreSQL server: several processes cannot share an embedded PGlite folder.\n' +
        '  e.g. DATABASE_URL=postgresql://lectern:lectern@localhost:5432/lectern_cluster npm run cluster',
    )
  const ports = [nginxPort, ...Array.from({ length: processes }, (_, i) => firstAppPort + i)]
  for (const port of ports) if (!(await isPortFree(port))) fail(`Port ${port} is in use: choose others with --port / --app-port.`)

  const secret = nextAuthSecret()
  await ensureDatabase(databaseUrl)
  await checkConnectionBudget(databaseUrl, processes)
  const build = ensureClusterBuild({ rebuild: values.rebuild })
  const stepEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' }
  // Once, before any process starts; never by the processes themselves (docs/deploy.md).
  runStep('Applying database migrations', ['scripts/migrate.ts'], stepEnv)
  if (values.demo) runStep('Seeding demo data (only into an empty database)', ['--conditions=react-server', 'prisma/seed.ts'], stepEnv)

  console.log(`\n▸ Starting ${processes} process${processes === 1 ? '' : 'es'} of ${build.deploymentId} (${build.builtFrom})`)
  const runDir = path.join('.data', 'cluster', `run-${nginxPort}`)
  const cluster = await startCluster({
    build,
    processes,
    firstAppPort,
    nginxPort,
    databaseUrl,
    nextAuthSecret: secret,
    runDir,
    restartOnExit: !values['no-restart'],
  }).catch((error: Error) => fail(error.message))

  console.log(
    [
      '',
      `▸ Serving Lectern at ${cluster.url}`,
      `  nginx pid ${cluster.nginxPid} → ${cluster.apps.ports.map((p, i) => `127.0.0.1:${p} (pid ${cluster.apps.pids[i]})`).join(', ')}`,
      `  logs: ${runDir}/ (app-<port>.log, nginx/error.log, nginx/access.log)`,
      '  Ctrl-C stops everything; `kill -HUP ' + process.pid + '` restarts the processes one at a time.',
      '',
    ].join(os.EOL),
  )

  let isStopping = false
  const shutdown = (signal: string) => {
    if (isStopping) return
    isStopping = true
    console.log(`\n▸ ${signal}: stopping nginx, then the processes`)
    cluster.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGHUP', () => {
    if (isStopping) return
    if (processes === 1) console.warn('Note: with one process, a restart leaves nothing to serve in between.')
    cluster.rollingRestart().then(
      () => console.log(`✔ Rolling restart done: ${cluster.apps.pids.map((pid) => `pid ${pid}`).join(', ')}`),
      (error: Error) => console.error(`✖ Rolling restart stopped: ${error.message}`),
    )
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
