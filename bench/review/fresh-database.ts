// An empty database for each run: a new PGlite folder under .data/, or a PostgreSQL database —
// created if missing (with the CREATEDB privilege), else its public schema dropped and recreated
// (which its owner may do without that privilege).
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export const PGLITE_DIR = path.join('.data', 'bench-review-pglite')

export async function freshDatabase(kind: 'pglite' | 'postgres', postgresUrl: string): Promise<string> {
  if (kind === 'pglite') {
    fs.rmSync(PGLITE_DIR, { recursive: true, force: true })
    return `postgresql://pglite/${PGLITE_DIR}`
  }
  const url = new URL(postgresUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  // A mistyped URL must never empty a real database.
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || !name.includes('bench')) {
    throw new Error(`Refusing to empty "${name}" on ${url.hostname}: the review benchmark only resets local databases named *bench*.`)
  }
  if (await createIfMissing(url, name)) return postgresUrl
  const client = new pg.Client({ connectionString: postgresUrl })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(
      `Cannot connect to ${name} (${(error as Error).message}). Create it once with:\n  su postgres -c "psql -c 'CREATE DATABASE ${name} OWNER ${url.username}'"`,
    )
  }
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
  } finally {
    await client.end()
  }
  return postgresUrl
}

/** True when the database did not exist and was just created (empty, nothing to drop). */
async function createIfMissing(url: URL, name: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) return false
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  try {
    await admin.connect()
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (rowCount) return false
    await admin.query(`CREATE DATABASE ${name}`)
    return true
  } catch {
    // No maintenance database or no CREATEDB: the connection below fails with its hint.
    return false
  } finally {
    await admin.end().catch(() => undefined)
  }
}
