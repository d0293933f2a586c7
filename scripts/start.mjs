// npm start: build if there is no build yet, migrate, seed an empty database, then serve.
// Migrate and seed run to completion before the server starts: an embedded PGlite folder belongs
// to one process at a time (docs/decisions/001-one-schema-two-databases.md).
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const isDev = process.argv.includes('--dev')
const root = process.cwd()
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const port = process.env.PORT || '3000'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port }
env.DATABASE_URL ||= 'postgresql://pglite/.data/pglite'
const isEmbedded = env.DATABASE_URL.startsWith('postgresql://pglite/')

if (!env.NEXTAUTH_SECRET) {
  if (!isEmbedded) {
    console.error('Lectern cannot start: NEXTAUTH_SECRET is required in production (DATABASE_URL names a PostgreSQL server).')
    console.error('Set it to 32+ random characters, e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32)')
    process.exit(1)
  }
  // The demo keeps a generated secret beside its database, so sessions survive restarts.
  const secretFile = path.join(root, '.data', 'nextauth-secret')
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true })
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('base64'), { mode: 0o600 })
  }
  env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
}
env.NEXTAUTH_URL ||= `http://localhost:${port}`

function run(label, command, args) {
  console.log(`\n▸ ${label}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed. Nothing was served.`)
    process.exit(result.status ?? 1)
  }
}

if (!isDev && !fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  run('Building Lectern (first start only; `npm run build` rebuilds after changes)', bin('next'), ['build'])
}
run('Applying database migrations', bin('tsx'), ['scripts/migrate.ts'])
run('Seeding demo data (only into an empty database)', bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts'])

console.log(`\n▸ Serving Lectern at http://localhost:${port}\n`)
// scripts/serve.mjs is `next start` (or `next dev`) plus the one thing it lacks: the client's real address.
const serveArgs = ['scripts/serve.mjs', ...(isDev ? ['--dev'] : [])]
const server = spawn(process.execPath, serveArgs, { stdio: 'inherit', env: { ...env, NODE_ENV: isDev ? 'development' : 'production' } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
