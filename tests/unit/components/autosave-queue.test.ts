import { AutosaveQueue, DEBOUNCE_MS, type Pending, type QueueEnv } from '@/components/quiz/autosave-queue'

type Reply = { status: number; body: unknown } | 'network-error'

function harness(opts: { serverSeqs?: Record<string, number>; stored?: Pending[]; replies?: Reply[] } = {}) {
  let clock = 1_000_000
  const sent: Pending[] = []
  const statuses: string[] = []
  const newer: [string, unknown, number][] = []
  let storage: Pending[] = opts.stored ?? []
  const replies = [...(opts.replies ?? [])]
  const timers: { fn: () => void; at: number }[] = []
  const env: QueueEnv = {
    now: () => clock,
    async post(questionId, answer, seq) {
      sent.push({ questionId, answer, seq })
      const reply = replies.shift() ?? { status: 200, body: { status: 'saved', seq } }
      if (reply === 'network-error') throw new TypeError('Failed to fetch')
      return reply
    },
    load: () => storage,
    store: (p) => void (storage = p),
    setTimer: (fn, ms) => {
      const t = { fn, at: clock + ms }
      timers.push(t)
      return t
    },
    clearTimer: (t) => void timers.splice(timers.indexOf(t as never), 1),
  }
  const queue = new AutosaveQueue(env, { onStatus: (s) => statuses.push(s), onNewer: (...args) => newer.push(args) }, opts.serverSeqs ?? {})
  const advance = async (ms: number) => {
    clock += ms
    for (const t of timers.filter((x) => x.at <= clock)) {
      timers.splice(timers.indexOf(t), 1)
      t.fn()
    }
    await new Promise((r) => setTimeout(r, 0))
  }
  return { queue, sent, statuses, newer, advance, storage: () => storage, tick: (ms: number) => (clock += ms) }
}

describe('the autosave queue in the browser', () => {
  it('debounces changes and sends only the latest answer per question', async () => {
    const h = harness()
    h.queue.change('q1', { choice: 'a' })
    h.tick(100)
    h.queue.change('q1', { choice: 'b' })
    await h.advance(DEBOUNCE_MS)
    expect(h.sent.map((s) => s.answer)).toEqual([{ choice: 'b' }])
    expect(h.statuses.at(-1)).toBe('saved')
    expect(h.storage()).toEqual([])
  })

  it('gives every change a higher sequence than anything seen for that question, even with a slow clock', () => {
    const h = harness({ serverSeqs: { q1: 5_000_000 } })
    h.queue.change('q1', { choice: 'a' })
    expect(h.storage()[0].seq).toBe(5_000_001)
  })

  it('keeps answers on the device while offline and sends them, in order, when back', async () => {
    const h = harness({ replies: ['network-error'] })
    h.queue.change('q1', { choice: 'a' })
    h.tick(10)
    h.queue.change('q2', { choice: 'c' })
    await h.advance(DEBOUNCE_MS)
    expect(h.statuses.at(-1)).toBe('offline')
    expect(h.storage().map((p) => p.questionId)).toEqual(['q1', 'q2'])
    h.queue.retryNow()
    await h.advance(0)
    expect(h.sent.map((s) => s.questionId)).toEqual(['q1', 'q1', 'q2'])
    expect(h.statuses.at(-1)).toBe('saved')
    expect(h.storage()).toEqual([])
  })

  it('restores unacknowledged answers after a reload, but not ones the server already has', () => {
    const stored = [
      { questionId: 'q1', answer: { text: 'typed before the crash' }, seq: 900 },
      { questionId: 'q2', answer: { text: 'old' }, seq: 100 },
    ]
    const h = harness({ stored, serverSeqs: { q1: 800, q2: 500 } })
    expect(h.queue.restored()).toEqual([stored[0]])
  })

  it('adopts a newer answer from another tab instead of overwriting it', async () => {
    const h = harness({ replies: [{ status: 200, body: { status: 'stale', seq: 2_000_000, answer: { choice: 'z' } } }] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    expect(h.newer).toEqual([['q1', { choice: 'z' }, 2_000_000]])
    h.queue.change('q1', { choice: 'b' })
    expect(h.storage()[0].seq).toBe(2_000_001)
  })

  it('holds answers when the session expired, and sends them after signing back in', async () => {
    const h = harness({ replies: [{ status: 401, body: { message: 'Sign in again' } }] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    expect(h.statuses.at(-1)).toBe('signed-out')
    expect(h.storage()).toHaveLength(1)
    h.queue.retryNow()
    await h.advance(0)
    expect(h.statuses.at(-1)).toBe('saved')
  })

  it('stops and clears the queue once the attempt is submitted or timed out', async () => {
    const h = harness({ replies: [{ status: 409, body: { message: 'submitted' } }] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    expect(h.statuses.at(-1)).toBe('closed')
    h.queue.change('q1', { choice: 'b' })
    expect(h.storage()).toEqual([])
  })

  it('reports an answer the server refused without retrying it forever', async () => {
    const h = harness({ replies: [{ status: 400, body: { message: 'Too long' } }] })
    h.queue.change('q1', { text: 'x' })
    await h.advance(DEBOUNCE_MS)
    expect(h.statuses.at(-1)).toBe('error')
    expect(h.sent).toHaveLength(1)
  })
})
