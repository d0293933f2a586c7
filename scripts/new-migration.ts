// npm run db:migration:new -- <name>
// Writes the SQL that takes the existing migrations to prisma/schema.prisma into a new migration
// folder. `prisma migrate diff` replays the migrations on the in-memory PGlite of prisma.config.ts.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { MIGRATIONS_DIR } from '../lib/database/migrations'

const name = (process.argv[2] ?? '').trim()
if (!/^[a-z0-9_]{1,60}$/.test(name)) {
  console.error('Usage: npm run db:migration:new -- <name>   (lower-case letters, digits and _)')
  process.exit(1)
}

fs.mkdirSync(MIGRATIONS_DIR, { recursive: true })
const lockFile = path.join(MIGRATIONS_DIR, 'migration_lock.toml')
if (!fs.existsSync(lockFile)) fs.writeFileSync(lockFile, 'provider = "postgresql"\n')

const sql = execFileSync(
  'npx',
  ['prisma', 'migrate', 'diff', '--from-migrations', MIGRATIONS_DIR, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
)
const statements = sql.replace(/^--.*$/gm, '').trim()
if (!statements) {
  console.log('The schema matches the migrations: nothing to write.')
  process.exit(0)
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`)
fs.mkdirSync(folder)
fs.writeFileSync(path.join(folder, 'migration.sql'), sql.replace(/^Loaded Prisma config.*\n+/m, ''))
console.log(
  `Wrote ${path.relative(process.cwd(), folder)}/migration.sql — review it, add CHECK constraints by hand, then npm run db:migrate.`,
)
