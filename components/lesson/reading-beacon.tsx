'use client'
import { useEffect } from 'react'
import { useSignedInUser } from '@/components/layout/use-signed-in-user'
import { startReadingTracker, type Beat, type TrackerEnvironment } from './reading-tracker'

// Records a signed-in student's time on one section of a lesson. Anonymous readers and staff send
// nothing (the server keeps students' reading only). Beats go with `keepalive`, so the last one
// survives the page being closed, and never hold up reading: failures are ignored (a lost beat
// only loses a few seconds of a statistic).

function send(beat: Beat) {
  fetch('/api/reading-progress', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(beat),
    keepalive: true,
    credentials: 'same-origin',
  }).catch(() => undefined)
}

const browser: TrackerEnvironment = {
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

export function ReadingBeacon({ lessonSlug, sectionId }: { lessonSlug: string; sectionId: string }) {
  const session = useSignedInUser()
  const isStudent = session.status === 'signed-in' && session.user.role === 'STUDENT'
  useEffect(() => {
    if (!isStudent) return
    return startReadingTracker({ lessonSlug, sectionId, send, env: browser })
  }, [isStudent, lessonSlug, sectionId])
  return null
}
