import 'server-only'
import { sqlRunner } from '@/lib/db'
import { migrationStatus } from '@/lib/database/migrations'

export interface Health {
  ok: boolean
  database: 'reachable' | 'unreachable'
  migrations: 'current' | 'pending' | 'inconsistent' | 'unknown'
  pending?: string[]
  error?: string
}

/** Is the database reachable, and are all migrations in prisma/migrations applied? */
export async function checkHealth(): Promise<Health> {
  try {
    await sqlRunner().query('SELECT 1')
  } catch {
    return { ok: false, database: 'unreachable', migrations: 'unknown' }
  }
  try {
    const { pending } = await migrationStatus(sqlRunner())
    return pending.length
      ? { ok: false, database: 'reachable', migrations: 'pending', pending }
      : { ok: true, database: 'reachable', migrations: 'current' }
  } catch (error) {
    return { ok: false, database: 'reachable', migrations: 'inconsistent', error: (error as Error).message }
  }
}
