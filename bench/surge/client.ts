// One student's browser in the surge: it autosaves and submits as the quiz page does — one request
// at a time, keeping an answer until the server acknowledges it, waiting as long as Retry-After
// says on 429 and 503 — and, when its process stops answering, goes to another one, as nginx's
// proxy_next_upstream does for the browser in the cluster (docs/deploy.md).
import { performance } from 'node:perf_hooks'
import { randomAnswer } from '../answers'
import type { Ledger } from '../ledger'
import type { TQuestion } from '@/lib/quiz/question-schema'

/** How long one request may keep retrying before the student gives up (counted as a failure). */
const GIVE_UP_MS = 90_000
const REQUEST_TIMEOUT_MS = 30_000

interface Reply {
  status: number
  body: Record<string, unknown> | null
}

export interface SubmitOutcome {
  ok: boolean
  /** From the moment the submit was due to its acknowledgement. */
  ms: number
}

export class Client {
  savesAcked = 0
  retries = 0
  readonly errors = new Map<string, number>()
  /** isNewSubmission of every acknowledged submit: at most one may be true. */
  readonly submitReplies: boolean[] = []
  private seq = 0
  private home: number

  constructor(
    private readonly o: {
      email: string
      attemptId: string
      questions: TQuestion[]
      cookie: string
      baseUrls: string[]
      home: number
      ledger: Ledger
    },
  ) {
    this.home = o.home
  }

  get attemptId(): string {
    return this.o.attemptId
  }

  /** One autosave of a random question, retried until acknowledged; false if the attempt is closed. */
  async saveOnce(): Promise<boolean> {
    const question = this.o.questions[Math.floor(Math.random() * this.o.questions.length)]
    this.seq = Math.max(Date.now(), this.seq + 1) // the browser's hybrid clock
    const seq = this.seq
    const answer = randomAnswer(question, seq)
    this.o.ledger.sent(this.o.attemptId, question.id, seq, answer)
    const reply = await this.send(`/api/attempts/${this.o.attemptId}/answers`, { questionId: question.id, answer, seq })
    if (reply?.status === 200 && reply.body?.status === 'saved') {
      this.o.ledger.acknowledged(this.o.attemptId, question.id, seq)
      this.savesAcked++
      return true
    }
    return false
  }

  /** Autosaves every ~thinkMs until the submit is due, then submits (after the last save, as the page does). */
  async autosaveThenSubmit(opts: { submitAtMs: number; thinkMs: number }): Promise<SubmitOutcome> {
    for (;;) {
      const pause = opts.thinkMs * (0.5 + Math.random())
      if (Date.now() + pause >= opts.submitAtMs) break
      await sleep(pause)
      if (!(await this.saveOnce())) break
    }
    await sleep(Math.max(0, opts.submitAtMs - Date.now()))
    const due = performance.now()
    const reply = await this.send(`/api/attempts/${this.o.attemptId}/submit`, null)
    const ok = reply?.status === 200 && reply.body?.attemptId === this.o.attemptId
    if (ok) this.submitReplies.push(reply.body!.isNewSubmission === true)
    return { ok, ms: performance.now() - due }
  }

  /** POSTs until an answer that is not "try again" comes, or GIVE_UP_MS passes (null). */
  private async send(pathname: string, body: unknown): Promise<Reply | null> {
    const giveUpAt = Date.now() + GIVE_UP_MS
    while (Date.now() < giveUpAt) {
      const baseUrl = this.o.baseUrls[this.home]
      let reply: Reply
      try {
        const response = await fetch(`${baseUrl}${pathname}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: this.o.cookie },
          body: body === null ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
        reply = { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null }
        if (reply.status === 429 || reply.status === 503) {
          this.note(`HTTP ${reply.status}`)
          const seconds = Number(response.headers.get('Retry-After')) || 1
          await sleep(seconds * 1000 * (1 + Math.random() / 2))
          continue
        }
      } catch (error) {
        // The process went away (or never answered): try the next one, as the proxy would.
        this.note(`network (${(error as Error).name === 'TimeoutError' ? 'timeout' : (error as Error).message})`)
        this.home = (this.home + 1) % this.o.baseUrls.length
        await sleep(250)
        continue
      }
      if (reply.status >= 500) {
        this.note(`HTTP ${reply.status}`)
        await sleep(1000)
        continue
      }
      return reply
    }
    this.note('gave up')
    return null
  }

  private note(reason: string) {
    this.retries++
    this.errors.set(reason, (this.errors.get(reason) ?? 0) + 1)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
