// N student accounts and one warm-up account on a fresh database, seeded in the benchmark's own
// process before the server starts (a PGlite folder belongs to one process). They share one hash,
// made by the code under test, so the server compares the same kind of hash it would make itself.
import { db, disconnectDb, sqlRunner } from '@/lib/db'
import { hashPassword } from '@/lib/auth/password'
import { applyMigrations } from '@/lib/database/migrations'

export const BURST_PASSWORD = 'sign-in bench password, not secret'
export const WARM_UP_EMAIL = 'bench-warm-up@bench.invalid'

export async function seedAccounts(databaseUrl: string, count: number): Promise<string[]> {
  process.env.DATABASE_URL = databaseUrl // read by lib/db when it first opens
  try {
    await applyMigrations(sqlRunner())
    const passwordHash = await hashPassword(BURST_PASSWORD)
    const emails = Array.from({ length: count }, (_, i) => `bench-signin-${String(i + 1).padStart(4, '0')}@bench.invalid`)
    await db.user.createMany({
      data: [WARM_UP_EMAIL, ...emails].map((email, i) => ({ email, name: `Bench Student ${i}`, role: 'STUDENT' as const, passwordHash })),
    })
    return emails
  } finally {
    await disconnectDb()
  }
}
