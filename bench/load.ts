// The load: every virtual student saves answers to random questions of their attempt, one request at
// a time like the browser's queue, all students at once, until time (or their save count) runs out.
import { performance } from 'node:perf_hooks'
import { randomAnswer } from './answers'
import type { Ledger } from './ledger'
import type { TQuestion } from '@/lib/quiz/question-schema'

export interface VirtualStudent {
  /** The app process this student's browser talks to (students are spread over the processes). */
  baseUrl: string
  cookie: string
  attemptId: string
  questions: TQuestion[]
}

export interface LoadResult {
  /** Latency in ms of every acknowledged save. */
  latencies: number[]
  /** Requests not acknowledged, by reason. */
  errors: Map<string, number>
  elapsedMs: number
  /** Acknowledged saves per student, and per second of the run: is the server fair, does it stall? */
  savesPerStudent: number[]
  timeline: number[]
  /** CPU the load generator itself used, in cores: it shares the machine with the server. */
  clientCores: number
}

const REQUEST_TIMEOUT_MS = 30_000
const PAUSE_AFTER_ERROR_MS = 100

type Outcome = { ok: true; ms: number } | { ok: false; reason: string }

/**
 * The reference request: POST /api/reading-progress with a beat the route refuses (400). It goes
 * through everything an autosave goes through before its write — route(), the same-origin check,
 * the session read from the database, reading and validating the JSON body, a JSON answer — and
 * writes nothing, so autosave ÷ this is the cost of the save itself.
 */
async function noop(student: VirtualStudent): Promise<Outcome> {
  const started = performance.now()
  try {
    const response = await fetch(`${student.baseUrl}/api/reading-progress`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: student.cookie },
      body: JSON.stringify({ reference: true }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const body = (await response.json().catch(() => null)) as { error?: string } | null
    if (response.status === 400 && body?.error === 'BAD_INPUT') return { ok: true, ms: performance.now() - started }
    return { ok: false, reason: `HTTP ${response.status} ${body?.error ?? ''}`.trim() }
  } catch (error) {
    return { ok: false, reason: `network: ${(error as Error).message}` }
  }
}

async function save(student: VirtualStudent, ledger: Ledger, seq: number): Promise<Outcome> {
  const question = student.questions[Math.floor(Math.random() * student.questions.length)]
  const answer = randomAnswer(question, seq)
  ledger.sent(student.attemptId, question.id, seq, answer)
  const started = performance.now()
  try {
    const response = await fetch(`${student.baseUrl}/api/attempts/${student.attemptId}/answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: student.cookie },
      body: JSON.stringify({ questionId: question.id, answer, seq }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const body = (await response.json().catch(() => null)) as { status?: string; seq?: number; error?: string } | null
    const ms = performance.now() - started
    if (response.status === 200 && body?.status === 'saved' && body.seq === seq) {
      ledger.acknowledged(student.attemptId, question.id, seq)
      return { ok: true, ms }
    }
    return { ok: false, reason: `HTTP ${response.status} ${body?.status ?? body?.error ?? ''}`.trim() }
  } catch (error) {
    return {
      ok: false,
      reason:
        (error as Error).name === 'TimeoutError' ? `timeout > ${REQUEST_TIMEOUT_MS / 1000} s` : `network: ${(error as Error).message}`,
    }
  }
}

export async function runLoad(opts: {
  students: VirtualStudent[]
  /** 'noop': the reference request instead of a save (nothing goes in the ledger). */
  request?: 'save' | 'noop'
  ledger: Ledger
  seconds: number
  savesPerStudent: number | null
}): Promise<LoadResult> {
  const latencies: number[] = []
  const errors = new Map<string, number>()
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const endsAt = started + opts.seconds * 1000
  const maxSaves = opts.savesPerStudent ?? Number.MAX_SAFE_INTEGER
  const savesPerStudent = opts.students.map(() => 0)
  const timeline: number[] = []

  const student = async (s: VirtualStudent, index: number) => {
    let seq = 0
    for (let n = 0; n < maxSaves && performance.now() < endsAt; n++) {
      seq = Math.max(Date.now(), seq + 1) // the browser's hybrid clock (docs/decisions/004-autosave.md)
      const outcome = opts.request === 'noop' ? await noop(s) : await save(s, opts.ledger, seq)
      if (outcome.ok) {
        latencies.push(outcome.ms)
        savesPerStudent[index]++
        const second = Math.floor((performance.now() - started) / 1000)
        timeline[second] = (timeline[second] ?? 0) + 1
      } else {
        errors.set(outcome.reason, (errors.get(outcome.reason) ?? 0) + 1)
        await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_ERROR_MS))
      }
    }
  }
  await Promise.all(opts.students.map(student))
  const elapsedMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  return {
    latencies,
    errors,
    elapsedMs,
    savesPerStudent,
    timeline: Array.from(timeline, (n) => n ?? 0),
    clientCores: (cpu.user + cpu.system) / 1000 / elapsedMs,
  }
}
