import { BEAT_MS, IDLE_MS, startReadingTracker, type Beat, type TrackerEnvironment } from '@/components/lesson/reading-tracker'

/** A clock, a visibility flag and event listeners the test drives by hand. */
function fakeEnvironment() {
  let now = 0
  let visible = true
  const listeners = new Map<string, (() => void)[]>()
  let tick: (() => void) | undefined
  const env: TrackerEnvironment = {
    now: () => now,
    isVisible: () => visible,
    setInterval: (fn) => (tick = fn),
    clearInterval: () => (tick = undefined),
    on: (target, event, fn) => {
      listeners.set(`${target}:${event}`, [...(listeners.get(`${target}:${event}`) ?? []), fn])
      return () =>
        listeners.set(
          `${target}:${event}`,
          (listeners.get(`${target}:${event}`) ?? []).filter((f) => f !== fn),
        )
    },
  }
  const fire = (key: string) => (listeners.get(key) ?? []).forEach((fn) => fn())
  return {
    env,
    advance(ms: number) {
      now += ms
    },
    beat() {
      tick?.()
    },
    hide() {
      visible = false
      fire('document:visibilitychange')
    },
    show() {
      visible = true
      fire('document:visibilitychange')
    },
    act: () => fire('window:scroll'),
  }
}

function track() {
  const fake = fakeEnvironment()
  const sent: number[] = []
  const stop = startReadingTracker({ lessonSlug: 'l', sectionId: 'record', env: fake.env, send: (beat: Beat) => sent.push(beat.seconds) })
  return { fake, sent, stop }
}

describe('the reading tracker', () => {
  it('records the opening at once, then sends the seconds read on each beat', () => {
    const { fake, sent } = track()
    expect(sent).toEqual([0])
    fake.advance(BEAT_MS)
    fake.beat()
    expect(sent).toEqual([0, 30])
  })

  it('sends what is pending when the page is hidden, and does not count hidden time', () => {
    const { fake, sent } = track()
    fake.advance(12_000)
    fake.hide()
    expect(sent).toEqual([0, 12])
    fake.advance(10 * 60_000)
    fake.beat()
    fake.show()
    fake.advance(5_000)
    fake.hide()
    expect(sent).toEqual([0, 12, 5])
  })

  it('stops counting after five idle minutes until the reader acts again', () => {
    const { fake, sent } = track()
    fake.advance(IDLE_MS + 60_000)
    fake.beat()
    expect(sent).toEqual([0, IDLE_MS / 1000])
    fake.act()
    fake.advance(20_000)
    fake.beat()
    expect(sent).toEqual([0, IDLE_MS / 1000, 20])
  })

  it('flushes on stop and then sends nothing more', () => {
    const { fake, sent, stop } = track()
    fake.advance(3_500)
    stop()
    fake.advance(BEAT_MS)
    fake.beat()
    fake.hide()
    expect(sent).toEqual([0, 3])
  })
})

describe('the reading tracker on a page with parts', () => {
  function trackParts(start: string | null) {
    const fake = fakeEnvironment()
    let inView = start
    const sent: Beat[] = []
    startReadingTracker({ lessonSlug: 'l', sectionId: 'record', env: fake.env, send: (b) => sent.push(b), partInView: () => inView })
    return { fake, sent, scrollTo: (part: string | null) => ((inView = part), fake.act()) }
  }

  it('counts the part open at the start as opened, with no time yet', () => {
    const { sent } = trackParts('opening')
    expect(sent).toEqual([{ lessonSlug: 'l', sectionId: 'record', seconds: 0, parts: { opening: 0 } }])
  })

  it('credits the seconds before a scroll to the part that was in view, and the rest to the new one', () => {
    const { fake, sent, scrollTo } = trackParts('opening')
    fake.advance(10_000)
    scrollTo('kim')
    fake.advance(20_000)
    fake.beat()
    expect(sent[1]).toEqual({ lessonSlug: 'l', sectionId: 'record', seconds: 30, parts: { opening: 10, kim: 20 } })
  })

  it('counts time between parts in the page’s total but in no part', () => {
    const { fake, sent, scrollTo } = trackParts(null)
    expect(sent[0].parts).toBeUndefined()
    fake.advance(5_000)
    scrollTo('kim')
    fake.advance(5_000)
    fake.beat()
    expect(sent[1]).toMatchObject({ seconds: 10, parts: { kim: 5 } })
  })
})
