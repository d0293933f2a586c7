import 'server-only'
import { analyticsDb } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

// One raw analytics statement — a whole class's answers aggregated in the database — on the
// analytics client (the replica when there is one, lib/db.ts). Two PostgreSQL defaults hurt such
// statements and are changed for their own transaction only (set_config(…, true) = SET LOCAL):
// - JIT compilation starts on the planner's cost estimate, and item analysis at 10,000 students
//   estimates high: compiling took 1.8–3 s of a 3–6 s query.
// - work_mem of 4 MB sends their sorts of 200,000 answers to disk.
// PGlite accepts both settings (it has no JIT to turn off).

export async function analyticsQuery<T>(query: Prisma.Sql): Promise<T> {
  const [, rows] = await analyticsDb.$transaction([
    analyticsDb.$queryRaw`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`,
    analyticsDb.$queryRaw<T>(query),
  ])
  return rows
}
