// Counts the seconds a section of a lesson is actually being read — the tab visible and the reader
// active in the last few minutes — and hands them to `send` in small beats: once on opening (0 s,
// so "opened" is recorded), every BEAT_MS while reading, and whenever the page is hidden or left.

export const BEAT_MS = 30_000
export const IDLE_MS = 5 * 60_000

export interface Beat {
  lessonSlug: string
  sectionId: string
  seconds: number
}

export interface TrackerEnvironment {
  now(): number
  isVisible(): boolean
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
  on(target: 'document' | 'window', event: string, fn: () => void): () => void
}

export function startReadingTracker(opts: {
  lessonSlug: string
  sectionId: string
  send: (beat: Beat) => void
  env: TrackerEnvironment
}): () => void {
  const { env, send } = opts
  let last = env.now()
  let lastActivity = last
  let pendingMs = 0
  // The visibility of the interval being accrued: by the time "visibilitychange" fires, the
  // document already reports its new state.
  let visible = env.isVisible()

  const accrue = () => {
    const now = env.now()
    // Time counts while visible, up to IDLE_MS after the last sign of a reader.
    if (visible) pendingMs += Math.max(0, Math.min(now, lastActivity + IDLE_MS) - last)
    last = now
  }
  const flush = () => {
    accrue()
    const seconds = Math.floor(pendingMs / 1000)
    if (seconds < 1) return
    pendingMs -= seconds * 1000
    send({ lessonSlug: opts.lessonSlug, sectionId: opts.sectionId, seconds })
  }
  const activity = () => {
    accrue()
    lastActivity = env.now()
  }
  const visibilityChanged = () => {
    accrue()
    visible = env.isVisible()
    if (!visible) return flush()
    // Coming back counts as activity.
    lastActivity = last
  }

  send({ lessonSlug: opts.lessonSlug, sectionId: opts.sectionId, seconds: 0 })
  const interval = env.setInterval(flush, BEAT_MS)
  const off = [
    env.on('document', 'visibilitychange', visibilityChanged),
    env.on('window', 'pagehide', flush),
    ...['scroll', 'pointerdown', 'keydown'].map((event) => env.on('window', event, activity)),
  ]
  return () => {
    flush()
    env.clearInterval(interval)
    off.forEach((remove) => remove())
  }
}
