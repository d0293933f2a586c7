// The browser tests' server: a fresh embedded database every run, then the normal start-up path.
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'

const dataDir = process.env.DATABASE_URL?.replace('postgresql://pglite/', '')
if (!dataDir?.startsWith('.data/e2e')) throw new Error(`e2e-server refuses to wipe ${dataDir}: expected a .data/e2e-* folder`)
fs.rmSync(path.join(process.cwd(), dataDir), { recursive: true, force: true })
const child = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
