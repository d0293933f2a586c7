import 'server-only'
import { db } from '@/lib/db'
import { queueScoreSync } from './queue-score-sync'
import { sendDueScores } from './send-scores'

// Started once per app process (instrumentation.ts). Every LTI_SCORE_SYNC_INTERVAL_MS (5 s by
// default; 0 turns it off) it posts up to 100 of the queue's due rows; about once a minute it also re-queues
// linked assignments whose scores become visible by the clock alone — "after the due date" needs
// no one to press anything, so no write happens at that moment to queue it. Every process may run
// one: the queue's claims keep posts single (send-scores.ts).

const TIME_RELEASE_EVERY_MS = 60_000

export function startScoreSyncPoller(intervalMs = Number(process.env.LTI_SCORE_SYNC_INTERVAL_MS ?? 5000)): () => void {
  if (!(intervalMs > 0)) return () => undefined
  let busy = false
  let lastTimeRelease = 0
  const tick = async () => {
    if (busy) return
    busy = true
    try {
      if (Date.now() - lastTimeRelease >= TIME_RELEASE_EVERY_MS) {
        lastTimeRelease = Date.now()
        await queueTimeReleasedScores()
      }
      await sendDueScores({ limit: 100 })
    } catch (error) {
      console.error(JSON.stringify({ at: new Date().toISOString(), event: 'lti_score_poller_error', error: String(error) }))
    } finally {
      busy = false
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

/**
 * Re-queues the "after the due date" assignments of open classes that still hold a score back
 * (HELD): the clock only ever reveals scores, so an assignment with none held has nothing to gain.
 */
export async function queueTimeReleasedScores(now = new Date()): Promise<number> {
  const assignments = await db.assignment.findMany({
    where: {
      feedbackRelease: 'AFTER_DUE',
      class: { archivedAt: null },
      ltiResourceLinks: { some: { scoreSyncs: { some: { status: 'HELD' } } } },
    },
    select: { id: true },
  })
  let queued = 0
  for (const { id } of assignments) queued += await db.$transaction((tx) => queueScoreSync(tx, { assignmentId: id, now }))
  return queued
}
