// Counts the seconds a section of a lesson is actually being read — the tab visible and the reader
// active in the last few minutes — and hands them to `send` in small beats: once on opening (0 s,
// so "opened" is recorded), every BEAT_MS while reading, and whenever the page is hidden or left.
// A page made of parts (the record's ¶ ranges) also says which part was in view for those seconds:
// the part is looked up again on every scroll, after the time before it has been credited to the
// part that was in view until then.

export const BEAT_MS = 30_000
export const IDLE_MS = 5 * 60_000

export interface Beat {
  lessonSlug: string
  sectionId: string
  seconds: number
  /** Of those seconds, how many each part of the page was in view (only for pages with parts). */
  parts?: Record<string, number>
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
  /** The part of the page being read now, or null between parts; omitted for pages without parts. */
  partInView?: () => string | null
}): () => void {
  const { env, send, partInView } = opts
  let last = env.now()
  let lastActivity = last
  let pendingMs = 0
  let part = partInView?.() ?? null
  const pendingByPart = new Map<string, number>()
  // The visibility of the interval being accrued: by the time "visibilitychange" fires, the
  // document already reports its new state.
  let visible = env.isVisible()

  const accrue = () => {
    const now = env.now()
    // Time counts while visible, up to IDLE_MS after the last sign of a reader.
    const ms = visible ? Math.max(0, Math.min(now, lastActivity + IDLE_MS) - last) : 0
    pendingMs += ms
    if (part !== null && ms > 0) pendingByPart.set(part, (pendingByPart.get(part) ?? 0) + ms)
    last = now
  }
  const flush = () => {
    accrue()
    const seconds = Math.floor(pendingMs / 1000)
    if (seconds < 1) return
    pendingMs -= seconds * 1000
    const beat: Beat = { lessonSlug: opts.lessonSlug, sectionId: opts.sectionId, seconds }
    if (partInView) {
      // Whole seconds per part; the fractions stay pending, so they are not lost, only delayed.
      const parts: Record<string, number> = {}
      for (const [id, ms] of pendingByPart) {
        const s = Math.floor(ms / 1000)
        if (s < 1) continue
        parts[id] = s
        pendingByPart.set(id, ms - s * 1000)
      }
      if (Object.keys(parts).length > 0) beat.parts = parts
    }
    send(beat)
  }
  const activity = () => {
    accrue()
    lastActivity = env.now()
    if (partInView) part = partInView()
  }
  const visibilityChanged = () => {
    accrue()
    visible = env.isVisible()
    if (!visible) return flush()
    // Coming back counts as activity.
    lastActivity = last
  }

  // The part open first counts as opened, even before a second of it has been read.
  send({ lessonSlug: opts.lessonSlug, sectionId: opts.sectionId, seconds: 0, ...(part !== null && { parts: { [part]: 0 } }) })
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
