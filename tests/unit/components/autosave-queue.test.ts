import {
  AutosaveQueue,
  DEBOUNCE_MS,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  type Pending,
  type PostResult,
  type QueueEnv,
} from '@/components/quiz/autosave-queue'

type Reply = PostResult | 'network-error' | Promise<PostResult>

function harness(opts: { serverSeqs?: Record<string, number>; stored?: Pending[]; replies?: Reply[]; random?: number } = {}) {
  let clock = 1_000_000
  const sent: Pending[] = []
  const statuses: string[] = []
  const newer: [string, unknown, number][] = []
  const acknowledged: [string, unknown, number][] = []
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
    random: () => opts.random ?? 0,
    setTimer: (fn, ms) => {
      const t = { fn, at: clock + ms }
      timers.push(t)
      return t
    },
    clearTimer: (t) => void timers.splice(timers.indexOf(t as never), 1),
  }
  const queue = new AutosaveQueue(
    env,
    { onStatus: (s) => statuses.push(s), onNewer: (...args) => newer.push(args), onSaved: (...args) => acknowledged.push(args) },
    opts.serverSeqs ?? {},
  )
  const advance = async (ms: number) => {
    clock += ms
    for (const t of timers.filter((x) => x.at <= clock)) {
      timers.splice(timers.indexOf(t), 1)
      t.fn()
    }
    await new Promise((r) => setTimeout(r, 0))
  }
  return {
    queue,
    sent,
    statuses,
    newer,
    acknowledged,
    advance,
    storage: () => storage,
    /** What another tab wrote to the device: load() then returns it too. */
    setStorage: (p: Pending[]) => void (storage = p),
    tick: (ms: number) => (clock += ms),
  }
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

  it('counts a stale reply at the same number and answer as saved: a retried or duplicated change, not a newer one', async () => {
    const h = harness({ replies: [{ status: 200, body: { status: 'stale', seq: 1_000_000, answer: { text: 'same', n: 1 } } }] })
    h.queue.change('q1', { n: 1, text: 'same' })
    await h.advance(DEBOUNCE_MS)
    expect(h.newer).toEqual([])
    expect(h.acknowledged).toEqual([['q1', { n: 1, text: 'same' }, 1_000_000]])
    expect(h.statuses.at(-1)).toBe('saved')
  })

  it('shows the stored answer when another tab numbered a different change alike', async () => {
    const h = harness({ replies: [{ status: 200, body: { status: 'stale', seq: 1_000_000, answer: { text: 'theirs' } } }] })
    h.queue.change('q1', { text: 'mine' })
    await h.advance(DEBOUNCE_MS)
    expect(h.newer).toEqual([['q1', { text: 'theirs' }, 1_000_000]])
    expect(h.acknowledged).toEqual([])
  })

  it('reports every acknowledged save, so the other tabs can be told', async () => {
    const h = harness()
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    expect(h.acknowledged).toEqual([['q1', { choice: 'a' }, 1_000_000]])
  })
})

describe('the autosave queue and the browser’s other tabs', () => {
  it('drops its own older change unsent when another tab saved a newer one, and shows that one', async () => {
    const h = harness()
    h.queue.change('q1', { text: 'older, typed here' })
    h.queue.savedElsewhere('q1', { text: 'newer, from the other tab' }, 1_000_500)
    expect(h.newer).toEqual([['q1', { text: 'newer, from the other tab' }, 1_000_500]])
    expect(h.storage()).toEqual([])
    expect(h.statuses.at(-1)).toBe('saved')
    await h.advance(DEBOUNCE_MS)
    expect(h.sent).toEqual([])
  })

  it('keeps a change made here after the other tab’s save, numbered above it, so the later edit wins', async () => {
    const h = harness()
    h.queue.savedElsewhere('q1', { text: 'from the other tab' }, 5_000_000)
    h.queue.change('q1', { text: 'typed here afterwards' })
    await h.advance(DEBOUNCE_MS)
    expect(h.sent).toEqual([{ questionId: 'q1', answer: { text: 'typed here afterwards' }, seq: 5_000_001 }])
  })

  it('ignores another tab’s save that is older than its own change', async () => {
    const h = harness()
    h.tick(1_000)
    h.queue.change('q1', { text: 'newer, typed here' })
    h.queue.savedElsewhere('q1', { text: 'older, from the other tab' }, 1_000_100)
    expect(h.newer).toEqual([])
    await h.advance(DEBOUNCE_MS)
    expect(h.sent.map((p) => p.answer)).toEqual([{ text: 'newer, typed here' }])
  })

  it('sends, on submit, the answers a closed tab left on the device, and shows them', async () => {
    const h = harness()
    h.setStorage([{ questionId: 'q2', answer: { text: 'typed offline in a tab since closed' }, seq: 1_000_200 }])
    expect(await h.queue.flush()).toBe(true)
    expect(h.sent.map((p) => p.questionId)).toEqual(['q2'])
    expect(h.newer).toEqual([['q2', { text: 'typed offline in a tab since closed' }, 1_000_200]])
  })

  it('waits for a save under way before reporting whether everything reached the server', async () => {
    let answer!: (r: PostResult) => void
    const h = harness({ replies: [new Promise<PostResult>((resolve) => (answer = resolve))] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    const flushed = h.queue.flush()
    answer({ status: 200, body: { status: 'saved', seq: 1_000_000 } })
    expect(await flushed).toBe(true)
  })
})

describe('the autosave queue and a busy server (429, 503 with Retry-After)', () => {
  it('keeps the answer and sends nothing before the Retry-After of a 503 has passed', async () => {
    const h = harness({ replies: [{ status: 503, body: { error: 'UNAVAILABLE' }, retryAfter: '8' }] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    expect(h.statuses.at(-1)).toBe('busy')
    expect(h.storage()).toHaveLength(1)
    await h.advance(7_999)
    expect(h.sent).toHaveLength(1)
    await h.advance(1)
    expect(h.sent).toHaveLength(2)
    expect(h.statuses.at(-1)).toBe('saved')
    expect(h.storage()).toEqual([])
  })

  it('honours a Retry-After given as an HTTP date on a 429', async () => {
    // The harness's clock starts at 1 000 000 ms; the change is sent at 1 000 700. HTTP dates have
    // whole seconds, so "20 s after the send" reads as 1 020 000: a wait of 19.3 s.
    const at = new Date(1_000_000 + DEBOUNCE_MS + 20_000).toUTCString()
    const h = harness({ replies: [{ status: 429, body: { error: 'RATE_LIMITED' }, retryAfter: at }] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    expect(h.statuses.at(-1)).toBe('busy')
    await h.advance(19_299)
    expect(h.sent).toHaveLength(1)
    await h.advance(1)
    expect(h.sent).toHaveLength(2)
  })

  it('waits at least the back-off when the server gives no Retry-After, and spreads the wait by up to half', async () => {
    const h = harness({ replies: [{ status: 503, body: null }], random: 0.5 })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    await h.advance(1_249)
    expect(h.sent).toHaveLength(1)
    await h.advance(1)
    expect(h.sent).toHaveLength(2)
  })

  it('does not let the online event or “Send now” cut the server’s wait short', async () => {
    const h = harness({ replies: [{ status: 429, body: null, retryAfter: '10' }] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    h.queue.retryNow()
    await h.advance(9_000)
    expect(h.sent).toHaveLength(1)
    await h.advance(1_000)
    expect(h.sent).toHaveLength(2)
  })

  it('does not send on submit during the wait: it answers “not yet” and sends when the wait is over', async () => {
    const h = harness({ replies: [{ status: 503, body: null, retryAfter: '5' }] })
    h.queue.change('q1', { choice: 'a' })
    await h.advance(DEBOUNCE_MS)
    expect(await h.queue.flush()).toBe(false)
    expect(h.sent).toHaveLength(1)
    await h.advance(5_000)
    expect(h.sent).toHaveLength(2)
    expect(await h.queue.flush()).toBe(true)
  })

  it('reads Retry-After as seconds or a date, never waits past five minutes, and ignores nonsense', () => {
    expect(parseRetryAfter('3', 0)).toBe(3_000)
    expect(parseRetryAfter(' 0 ', 0)).toBe(0)
    expect(parseRetryAfter(new Date(60_000).toUTCString(), 0)).toBe(60_000)
    expect(parseRetryAfter(new Date(0).toUTCString(), 60_000)).toBe(0)
    expect(parseRetryAfter('86400', 0)).toBe(MAX_RETRY_AFTER_MS)
    expect(parseRetryAfter('soon', 0)).toBeNull()
    expect(parseRetryAfter('-5', 0)).toBeNull()
    expect(parseRetryAfter(null, 0)).toBeNull()
  })
})
