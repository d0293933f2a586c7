// An empty database for one run: a new PGlite folder under .data/, or an emptied PostgreSQL database.
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import type { DatabaseKind } from './options'

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]', '']

export async function freshDatabase(kind: DatabaseKind, students: number, postgresUrl: string): Promise<string> {
  if (kind === 'pglite') {
    const dir = path.join('.data', `bench-pglite-${students}`)
    fs.rmSync(dir, { recursive: true, force: true })
    return `postgresql://pglite/${dir}`
  }
  await resetPostgres(postgresUrl)
  return postgresUrl
}

/**
 * Creates the database if it is missing, else drops and recreates its public schema — which its
 * owner may do without the CREATEDB privilege. Refuses anything but a local database named *bench*,
 * so a mistyped BENCH_DATABASE_URL cannot wipe real data.
 */
async function resetPostgres(url: string): Promise<void> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  if (!LOCAL_HOSTS.includes(target.hostname))
    throw new Error(`The benchmark only talks to localhost; BENCH_DATABASE_URL names ${target.hostname}.`)
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('bench')) {
    throw new Error(`Refusing to reset database "${name}": the benchmark only empties databases whose name contains "bench".`)
  }
  const maintenance = new URL(url)
  maintenance.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  await admin.connect()
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${name}`).catch((error: Error) => {
        throw new Error(
          `Cannot create database ${name} (${error.message}). Create it once with:\n  su postgres -c "psql -c 'CREATE DATABASE ${name} OWNER ${target.username}'"`,
        )
      })
      return
    }
  } finally {
    await admin.end()
  }
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  try {
    await db.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
  } finally {
    await db.end()
  }
}
