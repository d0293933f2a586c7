// Command-line flags of `npm run bench:autosave`, checked and bounded.
import { parseArgs } from 'node:util'

export type DatabaseKind = 'pglite' | 'postgres'

export interface BenchOptions {
  databases: DatabaseKind[]
  students: number[]
  /** App processes (`next start`) sharing the database; one run per number. */
  processes: number[]
  seconds: number
  /** Unmeasured load at full concurrency before the clock starts: the JIT and PGlite's WASM warm up. */
  warmupSeconds: number
  /** Stop each student after this many saves (as well as after `seconds`); null: time only. */
  savesPerStudent: number | null
  port: number
  rebuild: boolean
  postgresUrl: string
}

export const USAGE = `Usage: npm run bench:autosave -- [--db pglite|postgres|both] [--students 100,500] [--processes 1,2] [--seconds 20] [--warmup 10]
                              [--saves N (per student)] [--port 3500] [--rebuild]
PostgreSQL: BENCH_DATABASE_URL (default postgresql://lectern:lectern@localhost:5432/lectern_bench).`

function bounded(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}; got "${raw}".\n${USAGE}`)
  return n
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'both' },
      students: { type: 'string', default: '100,500' },
      processes: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '10' },
      saves: { type: 'string' },
      port: { type: 'string', default: '3500' },
      rebuild: { type: 'boolean', default: false },
    },
  })
  const databases: DatabaseKind[] =
    values.db === 'both' ? ['pglite', 'postgres'] : values.db === 'pglite' || values.db === 'postgres' ? [values.db] : []
  if (!databases.length) throw new Error(`--db must be pglite, postgres or both; got "${values.db}".\n${USAGE}`)
  return {
    databases,
    students: values.students.split(',').map((s) => bounded('students', s.trim(), 1, 2000)),
    processes: values.processes.split(',').map((s) => bounded('processes', s.trim(), 1, 4)),
    seconds: bounded('seconds', values.seconds, 1, 600),
    warmupSeconds: bounded('warmup', values.warmup, 0, 120),
    savesPerStudent: values.saves === undefined ? null : bounded('saves', values.saves, 1, 100_000),
    port: bounded('port', values.port, 3500, 3599),
    rebuild: values.rebuild,
    postgresUrl: process.env.BENCH_DATABASE_URL || 'postgresql://lectern:lectern@localhost:5432/lectern_bench',
  }
}
