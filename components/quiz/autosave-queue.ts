// The browser side of autosave. Every change gets a sequence number (a hybrid clock: the current
// time in ms, or one more than the last number seen for that question), is kept in localStorage
// until the server acknowledges it, and is sent one request at a time, oldest first. A dropped
// network or an expired session keeps the answer on this device and retries; a busy server's
// Retry-After is honoured; the server's own sequence check makes a stale or repeated save harmless
// (docs/decisions/004-autosave.md).

/** `busy`: the server answered 429 or 503 and asked to wait (Retry-After) before sending again. */
export type SaveStatus = 'saved' | 'saving' | 'offline' | 'busy' | 'signed-out' | 'closed' | 'error'

export interface Pending {
  questionId: string
  answer: unknown
  seq: number
}

export interface PostResult {
  status: number
  body: unknown
  /** The response's Retry-After header: seconds, or an HTTP date. */
  retryAfter?: string | null
}

export interface QueueEnv {
  now(): number
  post(questionId: string, answer: unknown, seq: number): Promise<PostResult>
  /** Every unacknowledged answer kept on this device, by any tab of this attempt. */
  load(): Pending[]
  /** This tab's unacknowledged answers (it never writes over another tab's). */
  store(pending: Pending[]): void
  setTimer(fn: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
  /** 0 ≤ x < 1, to spread the retries of a class told to wait the same time; Math.random by default. */
  random?(): number
}

export interface QueueEvents {
  onStatus(status: SaveStatus, message?: string): void
  /** The server holds a newer answer than this device (another tab or device wrote it). */
  onNewer(questionId: string, answer: unknown, seq: number): void
  /** The server acknowledged this answer (the page tells the browser's other tabs of it). */
  onSaved?(questionId: string, answer: unknown, seq: number): void
}

export const DEBOUNCE_MS = 700
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000]
/** A longer Retry-After is read as this, so a wrong header cannot hold answers back for hours. */
export const MAX_RETRY_AFTER_MS = 300_000

/** Retry-After in ms from `now`: delay-seconds or an HTTP date; null if absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  const value = header?.trim()
  if (!value) return null
  // An HTTP date has a weekday and month in letters; Date.parse would read "-5" as a year.
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : /[a-z]/i.test(value) ? Date.parse(value) - now : NaN
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : null
}

/** Deep equality of two JSON values, whatever the order of keys (PostgreSQL's jsonb reorders them). */
export function isSameAnswer(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return ka.length === kb.length && ka.every((k) => isSameAnswer((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

export class AutosaveQueue {
  private pending = new Map<string, Pending>()
  private lastSeq = new Map<string, number>()
  private timer: unknown = null
  private isSending = false
  private failures = 0
  private isStopped = false
  private lastError: string | null = null
  /** The send under way, so a flush can wait for it instead of reporting it unfinished. */
  private sending: Promise<void> | null = null
  /** Nothing is sent before this time (env.now()): the server asked to wait. */
  private notBefore = 0

  constructor(
    private env: QueueEnv,
    private events: QueueEvents,
    serverSeqs: Record<string, number>,
  ) {
    for (const [q, seq] of Object.entries(serverSeqs)) this.lastSeq.set(q, seq)
    // Answers typed here but never acknowledged (a crash, a closed tab, a lost connection) come back.
    for (const p of env.load()) {
      if (p.seq > (serverSeqs[p.questionId] ?? 0)) {
        this.pending.set(p.questionId, p)
        this.lastSeq.set(p.questionId, Math.max(p.seq, this.lastSeq.get(p.questionId) ?? 0))
      }
    }
    this.persist()
  }

  /** Answers restored from this device that are newer than the server's copy. */
  restored(): Pending[] {
    return [...this.pending.values()]
  }

  hasPending(): boolean {
    return this.pending.size > 0 || this.isSending
  }

  change(questionId: string, answer: unknown): void {
    if (this.isStopped) return
    const seq = Math.max(this.env.now(), (this.lastSeq.get(questionId) ?? 0) + 1)
    this.lastSeq.set(questionId, seq)
    this.pending.set(questionId, { questionId, answer, seq })
    this.lastError = null
    this.persist()
    this.events.onStatus('saving')
    this.schedule(DEBOUNCE_MS)
  }

  /**
   * Sends everything now, including answers another tab of this attempt left on the device (one
   * closed while offline); resolves true when all reached the server. While the server has asked
   * to wait, nothing is sent and it resolves false at once: the queue sends when the wait is over.
   */
  async flush(): Promise<boolean> {
    this.adoptStored()
    if (this.sending) await this.sending
    const wait = this.notBefore - this.env.now()
    if (wait > 0) {
      this.schedule(wait)
      return this.pending.size === 0
    }
    if (this.timer) this.env.clearTimer(this.timer)
    this.timer = null
    await this.sendAll()
    return this.pending.size === 0
  }

  /** Called when the browser reports it is online again, or the user signed back in. */
  retryNow(): void {
    this.failures = 0
    this.schedule(Math.max(0, this.notBefore - this.env.now()))
  }

  /**
   * Another tab of this browser had this answer acknowledged. If it is newer than anything this tab
   * holds for the question, this tab shows it and drops its own older change unsent; a change made
   * here after it keeps its higher number and still wins.
   */
  savedElsewhere(questionId: string, answer: unknown, seq: number): void {
    if (this.isStopped || !(seq > (this.lastSeq.get(questionId) ?? 0))) return
    this.lastSeq.set(questionId, seq)
    // Any pending change here is numbered at most the old lastSeq, so it is older.
    if (this.pending.delete(questionId)) this.persist()
    this.events.onNewer(questionId, answer, seq)
    if (this.pending.size === 0 && !this.isSending) this.events.onStatus(this.lastError ? 'error' : 'saved', this.lastError ?? undefined)
  }

  /** Takes over answers kept on the device by other tabs that are newer than any seen here. */
  private adoptStored() {
    if (this.isStopped) return
    let isAdopted = false
    for (const p of this.env.load()) {
      if (p.seq > (this.lastSeq.get(p.questionId) ?? 0)) {
        this.lastSeq.set(p.questionId, p.seq)
        this.pending.set(p.questionId, p)
        this.events.onNewer(p.questionId, p.answer, p.seq)
        isAdopted = true
      }
    }
    if (isAdopted) this.persist()
  }

  private schedule(ms: number) {
    if (this.timer) this.env.clearTimer(this.timer)
    this.timer = this.env.setTimer(() => {
      this.timer = null
      void this.sendAll()
    }, ms)
  }

  private persist() {
    this.env.store([...this.pending.values()])
  }

  private sendAll(): Promise<void> {
    if (this.isSending || this.isStopped) return this.sending ?? Promise.resolve()
    this.sending = this.sendQueued().finally(() => (this.sending = null))
    return this.sending
  }

  private async sendQueued(): Promise<void> {
    this.isSending = true
    try {
      while (this.pending.size > 0 && !this.isStopped) {
        const next = [...this.pending.values()].sort((a, b) => a.seq - b.seq)[0]
        const outcome = await this.sendOne(next)
        if (outcome === 'wait') return
      }
      if (!this.isStopped) this.events.onStatus(this.lastError ? 'error' : 'saved', this.lastError ?? undefined)
    } finally {
      this.isSending = false
    }
  }

  private async sendOne(item: Pending): Promise<'next' | 'wait'> {
    let response: PostResult
    try {
      response = await this.env.post(item.questionId, item.answer, item.seq)
    } catch {
      return this.backOff('offline')
    }
    const body = (response.body ?? {}) as { status?: string; seq?: number; answer?: unknown; message?: string }
    const settle = () => {
      // Drop the entry only if no newer change to the same question arrived meanwhile.
      if (this.pending.get(item.questionId)?.seq === item.seq) this.pending.delete(item.questionId)
      this.persist()
    }
    // Stale at the same number with the same answer: this very change is already stored (a retry
    // whose first reply was lost, or another tab sent it too), so it counts as saved, with no
    // "newer answer" notice. Two tabs can number different changes alike (both one above a seq
    // from a device with a faster clock); then the stored one wins, as for any stale save.
    const isSameChange = body.status === 'stale' && body.seq === item.seq && isSameAnswer(body.answer, item.answer)
    if (response.status === 200 && (body.status === 'saved' || isSameChange)) {
      this.failures = 0
      settle()
      this.events.onSaved?.(item.questionId, item.answer, item.seq)
      return 'next'
    }
    if (response.status === 200 && body.status === 'stale') {
      settle()
      if (!this.pending.has(item.questionId)) {
        this.lastSeq.set(item.questionId, Math.max(body.seq ?? 0, this.lastSeq.get(item.questionId) ?? 0))
        this.events.onNewer(item.questionId, body.answer, body.seq ?? 0)
      }
      return 'next'
    }
    if (response.status === 401) {
      this.events.onStatus('signed-out', body.message)
      return 'wait' // kept on this device until the student signs in again
    }
    if (response.status === 409 || response.status === 410) {
      this.isStopped = true
      this.pending.clear()
      this.persist()
      this.events.onStatus('closed', body.message)
      return 'wait'
    }
    if (response.status === 400 || response.status === 413) {
      // The server refused this answer (too long, malformed): retrying cannot help.
      settle()
      this.lastError = body.message ?? 'That answer could not be saved.'
      return 'next'
    }
    if (response.status === 429 || response.status === 503) {
      // Busy or rate-limited: the answer stays queued; the next try waits at least as long as the
      // server asked (or the back-off, if longer), plus up to half again so a class told "2 s"
      // does not come back in the same millisecond. Without the header it is the back-off alone.
      const asked = parseRetryAfter(response.retryAfter, this.env.now()) ?? 0
      const delay = Math.max(asked, this.nextBackOff()) * (1 + 0.5 * (this.env.random ?? Math.random)())
      this.notBefore = this.env.now() + delay
      this.events.onStatus('busy')
      this.schedule(delay)
      return 'wait'
    }
    return this.backOff('offline')
  }

  private nextBackOff(): number {
    const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)]
    this.failures += 1
    return delay
  }

  private backOff(status: SaveStatus): 'wait' {
    this.events.onStatus(status)
    this.schedule(this.nextBackOff())
    return 'wait'
  }
}
