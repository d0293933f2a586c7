import { DEFAULT_DATABASE_URL, inMemoryPgliteUrl, isEmbedded, parseDatabaseUrl, poolLimits } from '@/lib/database/database-url'

describe('DATABASE_URL', () => {
  it('defaults to the embedded PGlite folder in .data/', () => {
    expect(parseDatabaseUrl(DEFAULT_DATABASE_URL)).toEqual({ kind: 'pglite', dataDir: '.data/pglite' })
    expect(isEmbedded(undefined)).toBe(true)
  })

  it('names an in-memory PGlite for tests', () => {
    expect(parseDatabaseUrl(inMemoryPgliteUrl())).toEqual({ kind: 'pglite', dataDir: null })
  })

  it('sends any other postgresql:// URL to a PostgreSQL server, keeping credentials and taking ?schema= apart', () => {
    expect(parseDatabaseUrl('postgresql://u:p@db.internal:5432/lectern?schema=test_1&sslmode=require')).toEqual({
      kind: 'postgres',
      connectionString: 'postgresql://u:p@db.internal:5432/lectern?sslmode=require',
      schema: 'test_1',
    })
    expect(isEmbedded('postgres://u@localhost/x')).toBe(false)
  })

  it('refuses a URL of another database, without echoing its password', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@localhost/db')).toThrow(/must be a postgresql:\/\/ URL/)
    expect(() => parseDatabaseUrl('mysql://root:hunter2@localhost/db')).not.toThrow(/hunter2/)
  })

  it('refuses a PGlite URL without a folder', () => {
    expect(() => parseDatabaseUrl('postgresql://pglite/')).toThrow(/names no PGlite folder/)
  })
})

describe('PgBouncer and pool limits', () => {
  it('behind PgBouncer (pgbouncer=true) a schema is refused, since it can only be set per connection; the flag itself never reaches pg', () => {
    expect(() => parseDatabaseUrl('postgresql://u:p@db:6432/lectern?pgbouncer=true&schema=t1')).toThrow(/PgBouncer cannot set a schema/)
    expect(parseDatabaseUrl('postgresql://u:p@db:6432/lectern?pgbouncer=true')).toEqual({
      kind: 'postgres',
      connectionString: 'postgresql://u:p@db:6432/lectern',
      schema: null,
    })
  })

  it('each process holds DATABASE_POOL_SIZE connections and waits DATABASE_POOL_WAIT_MS for one; nonsense is refused at start', () => {
    expect(poolLimits({})).toEqual({ max: 10, connectionTimeoutMillis: 5000 })
    expect(poolLimits({ DATABASE_POOL_SIZE: '25', DATABASE_POOL_WAIT_MS: '800' })).toEqual({ max: 25, connectionTimeoutMillis: 800 })
    expect(() => poolLimits({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE must be a whole number/)
    expect(() => poolLimits({ DATABASE_POOL_WAIT_MS: 'soon' })).toThrow(/DATABASE_POOL_WAIT_MS/)
  })
})
