import type { Beat, TrackerEnvironment } from './reading-tracker'

// The browser side of reading-tracker.ts, shared by the React beacon (App Router lesson pages)
// and the lesson reader's script. Beats go with `keepalive`, so the last one survives the page
// being closed, and never hold up reading: failures are ignored (a lost beat only loses a few
// seconds of a statistic).

export function sendBeat(beat: Beat) {
  fetch('/api/reading-progress', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(beat),
    keepalive: true,
    credentials: 'same-origin',
  }).catch(() => undefined)
}

export const browserEnvironment: TrackerEnvironment = {
  now: () => Date.now(),
  isVisible: () => document.visibilityState === 'visible',
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (handle) => window.clearInterval(handle as number),
  on(target, event, fn) {
    const node = target === 'document' ? document : window
    node.addEventListener(event, fn, { passive: true })
    return () => node.removeEventListener(event, fn)
  },
}
