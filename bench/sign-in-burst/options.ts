// Command-line flags of `npm run bench:sign-in`, checked and bounded.
import { parseArgs } from 'node:util'

export interface BurstOptions {
  students: number
  /** Fraction of the students who type a wrong password once before the right one (0–1). */
  mistype: number
  port: number
  rebuild: boolean
  /** How long one request may take before it counts as a failure. */
  timeoutSeconds: number
}

export const USAGE = 'Usage: npm run bench:sign-in -- [--students 120] [--mistype 0.25] [--port 3570] [--timeout 300] [--rebuild]'

function bounded(name: string, raw: string, min: number, max: number, isInteger = true): number {
  const n = Number(raw)
  if (!Number.isFinite(n) || (isInteger && !Number.isInteger(n)) || n < min || n > max) {
    throw new Error(`--${name} must be ${isInteger ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${raw}".\n${USAGE}`)
  }
  return n
}

export function parseOptions(argv: string[]): BurstOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      students: { type: 'string', default: '120' },
      mistype: { type: 'string', default: '0' },
      port: { type: 'string', default: '3570' },
      timeout: { type: 'string', default: '300' },
      rebuild: { type: 'boolean', default: false },
    },
  })
  return {
    students: bounded('students', values.students, 1, 2000),
    mistype: bounded('mistype', values.mistype, 0, 1, false),
    port: bounded('port', values.port, 3500, 3599),
    timeoutSeconds: bounded('timeout', values.timeout, 10, 1800),
    rebuild: values.rebuild,
  }
}
