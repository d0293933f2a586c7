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
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema')
  parsed.searchParams.delete('schema')
  return { kind: 'postgres', connectionString: parsed.toString(), schema }
}

export function inMemoryPgliteUrl(): string {
  return PGLITE_PREFIX + IN_MEMORY
}

export function isEmbedded(url: string | undefined): boolean {
  return parseDatabaseUrl(url || DEFAULT_DATABASE_URL).kind === 'pglite'
}
