// The printed report of one sign-in burst.
import os from 'node:os'
import { percentile } from '../stats'
import type { BurstResult, ReferenceResult } from './burst'
import type { CpuSample } from './process-cpu'

export interface BurstRun {
  students: number
  mistype: number
  builtFrom: string
  burst: BurstResult
  referenceBefore: ReferenceResult
  referenceAfter: ReferenceResult
  cpuBefore: CpuSample
  cpuAfter: CpuSample
  loadAverage: [number, number]
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '—')
const s = (n: number) => `${(n / 1000).toFixed(1)} s`

function row(label: string, values: number[], wallMs?: number): string {
  const sorted = [...values].sort((a, b) => a - b)
  const cells = [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1) ?? NaN].map((v) => ms(v).padStart(9))
  return `${label.padEnd(34)}${cells.join('')}${wallMs === undefined ? '' : `   wall ${s(wallMs)}`}`
}

export function formatBurstReport(run: BurstRun): string {
  const { burst, referenceBefore: before, referenceAfter: after } = run
  const mainMs = run.cpuAfter.mainThreadMs - run.cpuBefore.mainThreadMs
  const processMs = run.cpuAfter.processMs - run.cpuBefore.processMs
  const p95 = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      95,
    )
  const referenceP95 = (p95(before.latencyMs) + p95(after.latencyMs)) / 2
  const referenceWall = (before.wallMs + after.wallMs) / 2
  const failures =
    Object.entries(burst.failures)
      .map(([reason, n]) => `${n} × ${reason}`)
      .join(', ') || 'none'
  const cpus = os.cpus()
  return [
    `Sign-in burst — ${new Date().toISOString()} — ${run.students} students at once from one address, ` +
      `${Math.round(run.mistype * 100)}% type a wrong password once first`,
    `build: ${run.builtFrom}`,
    `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average ${run.loadAverage[0].toFixed(2)} before, ${run.loadAverage[1].toFixed(2)} after`,
    '',
    `${''.padEnd(34)}${['p50', 'p95', 'max'].map((h) => h.padStart(9)).join('')}`,
    row('time to signed in (per student)', burst.timeToSignedInMs, burst.wallMs),
    row('one sign-in attempt (csrf + POST)', burst.attemptMs),
    row('reference: GET /api/health, before', before.latencyMs, before.wallMs),
    row('reference: GET /api/health, after', after.latencyMs, after.wallMs),
    `ratio to the reference: p95 ${(p95(burst.timeToSignedInMs) / referenceP95).toFixed(1)}×, wall ${(burst.wallMs / referenceWall).toFixed(1)}×` +
      ` (reference failures: ${before.failures + after.failures})`,
    '',
    `signed in: ${burst.signedIn} of ${run.students}; failures: ${failures}; lockout responses: ${burst.lockoutResponses}`,
    `server CPU during the burst, per sign-in attempt (${burst.attempts} attempts):`,
    `  main (event-loop) thread  ${(mainMs / burst.attempts).toFixed(1)} ms   (${s(mainMs)} in all)`,
    `  whole process             ${(processMs / burst.attempts).toFixed(1)} ms   (${s(processMs)} in all)`,
  ].join('\n')
}
