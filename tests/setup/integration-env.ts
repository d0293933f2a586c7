// Runs before each integration test file's modules load: points lib/db at a database of its own.
// Default: a fresh in-memory PGlite. With TEST_DATABASE_URL: a fresh schema on that PostgreSQL server.
import crypto from 'node:crypto'
import { inMemoryPgliteUrl } from '@/lib/database/database-url'

const server = process.env.TEST_DATABASE_URL
if (server) {
  const schema = `test_${process.env.JEST_WORKER_ID ?? '0'}_${crypto.randomBytes(4).toString('hex')}`
  const url = new URL(server)
  url.searchParams.set('schema', schema)
  process.env.DATABASE_URL = url.toString()
} else {
  process.env.DATABASE_URL = inMemoryPgliteUrl()
}
process.env.NEXTAUTH_SECRET = 'integration-test-secret-integration-test-secret'
