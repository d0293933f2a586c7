// The browser tests' server: a fresh embedded database every run, then the normal start-up path.
import fs from 'node:fs'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'

const dataDir = process.env.DATABASE_URL?.replace('postgresql://pglite/', '')
if (!dataDir?.startsWith('.data/e2e')) throw new Error(`e2e-server refuses to wipe ${dataDir}: expected a .data/e2e-* folder`)
fs.rmSync(path.join(process.cwd(), dataDir), { recursive: true, force: true })
// Migrate, then seed the demo class and every test's own world (tests/e2e/support/worlds.ts) before
// the server opens the database; start.mjs then finds it migrated and seeded and only serves.
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
for (const args of [['scripts/migrate.ts'], ['--conditions=react-server', 'tests/e2e/support/seed-worlds.ts']]) {
  const { status } = spawnSync(tsx, args, { stdio: 'inherit', env: process.env })
  if (status !== 0) process.exit(status ?? 1)
}
const child = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
