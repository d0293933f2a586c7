// The browser tests' server: a fresh embedded database every run, then the normal start-up path.
import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'

fs.rmSync(path.join(process.cwd(), '.data', 'e2e'), { recursive: true, force: true })
const child = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
