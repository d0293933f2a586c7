// The measured loads: every student signing in at once, and the reference — as many GET /api/health
// at once — that says how fast this (shared, noisy) machine answers anything at that moment.
import { performance } from 'node:perf_hooks'
import { attemptSignIn } from '../sign-in'
import { BURST_PASSWORD } from './seed-accounts'

// One classroom behind one NAT: every request carries the same client address, as a proxy sets it.
export const CLASSROOM_ADDRESS = '198.51.100.20'
const LOCKED_OUT = /Too many failed sign-ins/

export interface BurstResult {
  wallMs: number
  /** Per student who got a session: from the burst's start to the session cookie (both attempts for a mistyper). */
  timeToSignedInMs: number[]
  /** Per csrf + callback pair, mistyped or not. */
  attemptMs: number[]
  attempts: number
  signedIn: number
  /** Students with no session at the end, by reason. */
  failures: Record<string, number>
  /** Responses saying "Too many failed sign-ins", on any attempt. */
  lockoutResponses: number
}

/** Spreads the mistypers evenly through the class: student i mistypes when floor(i·f) steps up. */
export function isMistyper(i: number, fraction: number): boolean {
  return Math.floor((i + 1) * fraction) > Math.floor(i * fraction)
}

export async function signInBurst(baseUrl: string, emails: string[], opts: { mistype: number; timeoutMs: number }): Promise<BurstResult> {
  const result: BurstResult = {
    wallMs: 0,
    timeToSignedInMs: [],
    attemptMs: [],
    attempts: 0,
    signedIn: 0,
    failures: {},
    lockoutResponses: 0,
  }
  const fail = (reason: string) => (result.failures[reason] = (result.failures[reason] ?? 0) + 1)
  const request = { headers: { 'X-Forwarded-For': CLASSROOM_ADDRESS }, timeoutMs: opts.timeoutMs }
  const attempt = async (email: string, password: string) => {
    const started = performance.now()
    result.attempts++
    const outcome = await attemptSignIn(baseUrl, { email, password }, request)
    result.attemptMs.push(performance.now() - started)
    if (outcome.error && LOCKED_OUT.test(outcome.error)) result.lockoutResponses++
    return outcome
  }

  const started = performance.now()
  await Promise.all(
    emails.map(async (email, i) => {
      try {
        // A mistyper retries at once: the worst case for the queue, though a person takes seconds.
        if (isMistyper(i, opts.mistype)) await attempt(email, `${BURST_PASSWORD} typo`)
        const { session, error } = await attempt(email, BURST_PASSWORD)
        if (!session) return fail(error && LOCKED_OUT.test(error) ? 'locked out' : `refused: ${error}`)
        result.signedIn++
        result.timeToSignedInMs.push(performance.now() - started)
      } catch (error) {
        fail((error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message)
      }
    }),
  )
  result.wallMs = performance.now() - started
  return result
}

export interface ReferenceResult {
  wallMs: number
  latencyMs: number[]
  failures: number
}

export async function healthBurst(baseUrl: string, count: number, timeoutMs: number): Promise<ReferenceResult> {
  const latencyMs: number[] = []
  let failures = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: count }, async () => {
      const t = performance.now()
      try {
        const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) })
        await response.arrayBuffer()
        if (response.ok) latencyMs.push(performance.now() - t)
        else failures++
      } catch {
        failures++
      }
    }),
  )
  return { wallMs: performance.now() - started, latencyMs, failures }
}
