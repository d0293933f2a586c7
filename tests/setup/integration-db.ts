// Creates the test file's schema (PostgreSQL), applies the real migrations, and drops it afterwards.
import { disconnectDb, sqlRunner } from '@/lib/db'
import { parseDatabaseUrl } from '@/lib/database/database-url'
import { applyMigrations } from '@/lib/database/migrations'

const target = parseDatabaseUrl(process.env.DATABASE_URL)
const schema = target.kind === 'postgres' ? target.schema : null

beforeAll(async () => {
  if (schema) await sqlRunner().exec(`CREATE SCHEMA "${schema}"`)
  await applyMigrations(sqlRunner())
}, 60_000)

afterAll(async () => {
  if (schema) await sqlRunner().exec(`DROP SCHEMA "${schema}" CASCADE`)
  await disconnectDb()
})
