// Opens the database a DATABASE_URL names and returns both faces of it: a Prisma driver adapter
// for the app, and a plain SQL runner for the migration runner and the health check.
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { parseDatabaseUrl, poolLimits } from './database-url'

export interface SqlRunner {
  /** Runs one or more statements without parameters (migration files). */
  exec(sql: string): Promise<void>
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  /** Runs fn in one transaction on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>
}

export interface DatabaseConnection {
  kind: 'pglite' | 'postgres'
  adapter: SqlDriverAdapterFactory
  sql: SqlRunner
  close(): Promise<void>
}

export function connectDatabase(url: string | undefined): DatabaseConnection {
  const target = parseDatabaseUrl(url)
  return target.kind === 'pglite' ? connectPglite(target.dataDir) : connectPostgres(target.connectionString, target.schema)
}

function connectPglite(dataDir: string | null): DatabaseConnection {
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true })
  const client = dataDir ? new PGlite(path.resolve(dataDir)) : new PGlite()
  type Tx = Parameters<Parameters<PGlite['transaction']>[0]>[0]
  const runnerFor = (q: PGlite | Tx): SqlRunner => ({
    exec: async (sql) => void (await q.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
    transaction: (fn) => (q === client ? client.transaction((tx) => fn(runnerFor(tx))) : fn(runnerFor(q))),
  })
  return {
    kind: 'pglite',
    // The adapter is typed against an older driver-adapter-utils than Prisma 6.19's; the shapes agree.
    adapter: new PrismaPGlite(client) as unknown as SqlDriverAdapterFactory,
    sql: runnerFor(client),
    close: () => client.close(),
  }
}

function connectPostgres(connectionString: string, schema: string | null): DatabaseConnection {
  // A startup option, so every pooled connection is in the schema before its first query. Only the
  // tests name a schema; PgBouncer refuses startup options, so parseDatabaseUrl refuses the pair.
  const options = schema ? `-c search_path=${quoteIdent(schema)}` : undefined
  const pool = new pg.Pool({ connectionString, options, ...poolLimits() })
  // An idle connection the server dropped (a restart, a failover) must not crash the process:
  // the pool discards it, and the next query opens a new one.
  pool.on('error', () => {})
  const runnerFor = (q: pg.Pool | pg.PoolClient): SqlRunner => ({
    exec: async (sql) => void (await q.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query(sql, params)).rows as T[],
    transaction: async (fn) => {
      if (q !== pool) return fn(runnerFor(q))
      const conn = await pool.connect()
      try {
        await conn.query('BEGIN')
        const result = await fn(runnerFor(conn))
        await conn.query('COMMIT')
        return result
      } catch (error) {
        await conn.query('ROLLBACK')
        throw error
      } finally {
        conn.release()
      }
    },
  })
  return {
    kind: 'postgres',
    adapter: new PrismaPg(pool, schema ? { schema } : undefined),
    sql: runnerFor(pool),
    close: () => pool.end(),
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid schema name "${name}"`)
  return name
}
