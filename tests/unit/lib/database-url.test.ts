import { DEFAULT_DATABASE_URL, inMemoryPgliteUrl, isEmbedded, parseDatabaseUrl } from '@/lib/database/database-url'

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
