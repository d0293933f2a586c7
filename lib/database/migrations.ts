// Applies prisma/migrations/NNN_name/migration.sql in order, each in its own transaction, and records
// it in a `_prisma_migrations` table shaped like Prisma Migrate's so either tool reads the same history.
// Why not `prisma migrate deploy`: see docs/decisions/002-migrations.md.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { SqlRunner } from './connect'

export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations')

export interface MigrationFile {
  name: string
  sql: string
  checksum: string
}

export interface MigrationStatus {
  applied: string[]
  pending: string[]
  /** Applied, newer than every migration here: a newer release migrated first (see `allowAhead`). */
  ahead: string[]
}

export class MigrationError extends Error {}

const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

/** Prisma Migrate's checksum: SHA-256 of the file's bytes, in hex. */
export function checksumOf(sql: string): string {
  return crypto.createHash('sha256').update(sql).digest('hex')
}

export function readMigrationFiles(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  // The folder is read at run time on purpose: new migrations apply without a rebuild.
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return []
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: checksumOf(sql) }
    })
}

interface HistoryRow {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
}

async function readHistory(sql: SqlRunner): Promise<HistoryRow[]> {
  await sql.exec(CREATE_HISTORY_TABLE)
  return sql.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  )
}

/**
 * Compares the files with the recorded history. Throws when history and files disagree in a way
 * that applying more migrations cannot fix: an applied file was edited or deleted, or a migration
 * failed half-way on a database without transactional DDL (not PostgreSQL, but the row shape allows it).
 */
/**
 * `allowAhead`: in a rolling release the new version's migrations run before the old processes
 * stop (expand, then contract: docs/deploy.md), so to the old ones the database is ahead. That is
 * healthy for a running process, and only for one: the migration runner still refuses it.
 */
export async function migrationStatus(
  sql: SqlRunner,
  files = readMigrationFiles(),
  opts: { allowAhead?: boolean } = {},
): Promise<MigrationStatus> {
  const history = await readHistory(sql)
  const byName = new Map(files.map((file) => [file.name, file]))
  const newestHere =
    files
      .map((f) => f.name)
      .sort()
      .at(-1) ?? ''
  const ahead: string[] = []
  for (const row of history) {
    const file = byName.get(row.migration_name)
    if (!file && opts.allowAhead && row.migration_name > newestHere && row.finished_at) {
      ahead.push(row.migration_name)
      continue
    }
    if (!file) {
      throw new MigrationError(
        `Migration "${row.migration_name}" is recorded as applied but its folder is missing from prisma/migrations. Restore it from git.`,
      )
    }
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration "${row.migration_name}" started but never finished. Inspect the database, then delete its row from "_prisma_migrations".`,
      )
    }
    if (row.checksum !== file.checksum) {
      throw new MigrationError(
        `Migration "${row.migration_name}" was edited after it was applied (checksum ${row.checksum.slice(0, 12)}… recorded, ${file.checksum.slice(0, 12)}… on disk). ` +
          'Never edit an applied migration: restore the file from git and put the change in a new migration (npm run db:migration:new -- <name>).',
      )
    }
  }
  const applied = new Set(history.map((row) => row.migration_name))
  return {
    applied: files.filter((f) => applied.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name),
    ahead,
  }
}

/** Applies every pending migration; returns the names applied. Safe to run again: it does nothing. */
export async function applyMigrations(sql: SqlRunner, files = readMigrationFiles()): Promise<string[]> {
  const { pending } = await migrationStatus(sql, files)
  const applied: string[] = []
  for (const name of pending) {
    const file = files.find((f) => f.name === name)!
    // DDL is transactional in PostgreSQL: a migration that fails leaves no trace and no history row.
    const ran = await sql.transaction(async (tx) => {
      // Two start-ups racing on one PostgreSQL server: the second waits here, then sees the row.
      await tx.query('SELECT pg_advisory_xact_lock(7270736901)')
      const done = await tx.query('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL', [name])
      if (done.length > 0) return false
      await tx.exec(file.sql)
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [crypto.randomUUID(), file.checksum, file.name],
      )
      return true
    })
    if (ran) applied.push(name)
  }
  return applied
}
