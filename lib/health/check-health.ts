import 'server-only'
import { sqlRunner } from '@/lib/db'
import { migrationStatus } from '@/lib/database/migrations'

export interface Health {
  ok: boolean
  database: 'reachable' | 'unreachable'
  migrations: 'current' | 'ahead' | 'pending' | 'inconsistent' | 'unknown'
  pending?: string[]
  error?: string
}

/** Is the database reachable, and are all migrations in prisma/migrations applied (or a newer release's too)? */
export async function checkHealth(): Promise<Health> {
  try {
    await sqlRunner().query('SELECT 1')
  } catch {
    return { ok: false, database: 'unreachable', migrations: 'unknown' }
  }
  try {
    const { pending, ahead } = await migrationStatus(sqlRunner(), undefined, { allowAhead: true })
    if (pending.length) return { ok: false, database: 'reachable', migrations: 'pending', pending }
    // A newer release has migrated (expand) while this one still serves: healthy until it is replaced.
    return { ok: true, database: 'reachable', migrations: ahead.length ? 'ahead' : 'current' }
  } catch (error) {
    return { ok: false, database: 'reachable', migrations: 'inconsistent', error: (error as Error).message }
  }
}
