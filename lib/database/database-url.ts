// Pure: which database a DATABASE_URL names. No I/O, so it is shared by the app, scripts and tests.

/** The embedded demo database, kept in the git-ignored .data/ folder. */
export const DEFAULT_DATABASE_URL = 'postgresql://pglite/.data/pglite'

const PGLITE_PREFIX = 'postgresql://pglite/'
const IN_MEMORY = ':memory:'

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null } // null: in memory (tests)
  | { kind: 'postgres'; connectionString: string; schema: string | null }

export function parseDatabaseUrl(url: string = DEFAULT_DATABASE_URL): DatabaseTarget {
  if (url.startsWith(PGLITE_PREFIX)) {
    const dir = decodeURIComponent(url.slice(PGLITE_PREFIX.length))
    if (!dir) throw new Error(`DATABASE_URL "${url}" names no PGlite folder: use ${DEFAULT_DATABASE_URL}`)
    return { kind: 'pglite', dataDir: dir === IN_MEMORY ? null : dir }
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      `DATABASE_URL must be a postgresql:// URL (a PostgreSQL server, or ${DEFAULT_DATABASE_URL} for the embedded database); got "${url.split('@').pop()}"`,
    )
  }
  // `?schema=` selects a PostgreSQL schema: the integration tests give each test file its own.
  // It is set as a startup option, which PgBouncer refuses (or, told to ignore it, silently
  // drops, and every query would land in another schema): behind PgBouncer use `public`.
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema')
  const viaPgBouncer = parsed.searchParams.get('pgbouncer') === 'true'
  parsed.searchParams.delete('schema')
  parsed.searchParams.delete('pgbouncer')
  if (schema && viaPgBouncer) {
    throw new Error('DATABASE_URL names a schema and pgbouncer=true: PgBouncer cannot set a schema per connection. Use the public schema.')
  }
  return { kind: 'postgres', connectionString: parsed.toString(), schema }
}

export function inMemoryPgliteUrl(): string {
  return PGLITE_PREFIX + IN_MEMORY
}

export function isEmbedded(url: string | undefined): boolean {
  return parseDatabaseUrl(url || DEFAULT_DATABASE_URL).kind === 'pglite'
}

/**
 * Each process holds at most DATABASE_POOL_SIZE connections (so processes × size stays under the
 * server's max_connections), and a request waits at most DATABASE_POOL_WAIT_MS for one: past that
 * it fails fast as "unavailable" (503 with Retry-After, lib/database/unavailable.ts) instead of
 * queueing without end under a surge. Why these numbers: docs/deploy.md.
 */
export function poolLimits(env: Record<string, string | undefined> = process.env): { max: number; connectionTimeoutMillis: number } {
  return {
    max: positiveInt(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE'),
    connectionTimeoutMillis: positiveInt(env.DATABASE_POOL_WAIT_MS, 5_000, 'DATABASE_POOL_WAIT_MS'),
  }
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1; got "${value}"`)
  return n
}
