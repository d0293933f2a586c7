// The printed summary of a benchmark: one table row per run, then the details that explain it.
import os from 'node:os'
import type { BenchOptions, DatabaseKind } from './options'
import { formatTable } from './stats'

export interface RunResult {
  database: DatabaseKind
  students: number
  processes: number
  saves: number
  savesPerSecond: number
  /** The no-op authenticated route, before and after the saves, in requests per second. */
  reference: { perSecond: number[]; errors: number }
  /** Saves per second ÷ the reference's mean: the cost of the save itself, on this machine now. */
  ratio: number
  latencyMs: { p50: number; p95: number; p99: number; max: number }
  errors: Record<string, number>
  checked: number
  lost: string[]
  storedUnacknowledged: number
  /** Fewest, median and most acknowledged saves of one student. */
  savesPerStudent: { min: number; median: number; max: number }
  /** Acknowledged saves in each second of the run. */
  timeline: number[]
  phaseSeconds: Record<string, number>
  /** The machine's 1-minute load average before and after the load (this benchmark included): other work competes for the cores. */
  loadAverage: [number, number]
  /** CPU the load generator used during the measured load, in cores. */
  clientCores: number
}

export function formatReport(results: RunResult[], options: BenchOptions, build: string): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`
  const table = formatTable(
    [
      'database',
      'processes',
      'students',
      'saves',
      'saves/s',
      'no-op req/s',
      'ratio',
      'p50',
      'p95',
      'p99',
      'max',
      'errors',
      'lost (of pairs checked)',
    ],
    results.map((r) => [
      r.database,
      String(r.processes),
      String(r.students),
      String(r.saves),
      r.savesPerSecond.toFixed(0),
      r.reference.perSecond.map((n) => n.toFixed(0)).join(' / '),
      r.ratio.toFixed(2),
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p95),
      ms(r.latencyMs.p99),
      ms(r.latencyMs.max),
      String(Object.values(r.errors).reduce((a, b) => a + b, 0)),
      `${r.lost.length} (of ${r.checked})`,
    ]),
  )
  const details = results.flatMap((r) => [
    `${r.database} × ${r.students} on ${r.processes}: ${Object.values(r.phaseSeconds)
      .reduce((a, b) => a + b, 0)
      .toFixed(0)} s in all (${Object.entries(r.phaseSeconds)
      .map(([k, v]) => `${k} ${v} s`)
      .join(', ')}); ` +
      `machine load average ${r.loadAverage.map((n) => n.toFixed(1)).join(' → ')} on ${os.availableParallelism()} cores, ` +
      `load generator ${r.clientCores.toFixed(2)} cores` +
      (r.storedUnacknowledged ? `; ${r.storedUnacknowledged} pairs hold a save whose reply never came (not a loss)` : ''),
    `  saves per student: min ${r.savesPerStudent.min}, median ${r.savesPerStudent.median}, max ${r.savesPerStudent.max}; per second of the run: ${r.timeline.join(' ')}`,
    ...Object.entries(r.errors).map(([reason, n]) => `  error ${reason}: ${n}`),
    ...(r.reference.errors ? [`  reference requests not answered as expected: ${r.reference.errors}`] : []),
    ...r.lost.slice(0, 10).map((l) => `  LOST ${l}`),
  ])
  const settings = `Build: ${build}; ${options.warmupSeconds} s warm-up, then ${options.seconds} s measured per run${options.savesPerStudent ? `, at most ${options.savesPerStudent} saves per student` : ''}, one request at a time per student, no think time; latencies of acknowledged saves. Reference: the same students, as long, on the no-op authenticated route (a refused reading beat) before and after the saves; ratio = saves/s ÷ their mean`
  return [settings, '', table, '', ...details].join('\n')
}
