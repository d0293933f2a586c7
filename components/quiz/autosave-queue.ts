// The browser side of autosave. Every change gets a sequence number (a hybrid clock: the current
// time in ms, or one more than the last number seen for that question), is kept in localStorage
// until the server acknowledges it, and is sent one request at a time, oldest first. A dropped
// network or an expired session keeps the answer on this device and retries; the server's own
// sequence check makes a stale or repeated save harmless (docs/decisions/004-autosave.md).

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'signed-out' | 'closed' | 'error'

export interface Pending {
  questionId: string
  answer: unknown
  seq: number
}

export interface QueueEnv {
  now(): number
  post(questionId: string, answer: unknown, seq: number): Promise<{ status: number; body: unknown }>
  load(): Pending[]
  store(pending: Pending[]): void
  setTimer(fn: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
}

export interface QueueEvents {
  onStatus(status: SaveStatus, message?: string): void
  /** The server holds a newer answer than this device (another tab or device wrote it). */
  onNewer(questionId: string, answer: unknown, seq: number): void
}

export const DEBOUNCE_MS = 700
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000]

export class AutosaveQueue {
  private pending = new Map<string, Pending>()
  private lastSeq = new Map<string, number>()
  private timer: unknown = null
  private isSending = false
  private failures = 0
  private isStopped = false
  private lastError: string | null = null

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

  /** Sends everything now; resolves when the queue is empty or cannot make progress. */
  async flush(): Promise<boolean> {
    if (this.timer) this.env.clearTimer(this.timer)
    this.timer = null
    await this.sendAll()
    return this.pending.size === 0
  }

  /** Called when the browser reports it is online again, or the user signed back in. */
  retryNow(): void {
    this.failures = 0
    this.schedule(0)
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

  private async sendAll(): Promise<void> {
    if (this.isSending || this.isStopped) return
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
    let response: { status: number; body: unknown }
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
    if (response.status === 200 && body.status === 'saved') {
      this.failures = 0
      settle()
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
    return this.backOff('offline')
  }

  private backOff(status: SaveStatus): 'wait' {
    this.events.onStatus(status)
    const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)]
    this.failures += 1
    this.schedule(delay)
    return 'wait'
  }
}
