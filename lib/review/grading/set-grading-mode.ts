import 'server-only'
import { db } from '@/lib/db'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { loadGradingContext } from './load-grading-context'

/** Turns anonymous grading on or off, or marks grading finished (which reveals names). */
export async function setGradingMode(opts: {
  userId: string
  assignmentId: string
  change: 'anonymous-on' | 'anonymous-off' | 'finished' | 'reopen'
}) {
  await db.$transaction(async (tx) => {
    const { assignment } = await loadGradingContext(tx, opts)
    const data =
      opts.change === 'anonymous-on'
        ? { anonymousGrading: true, gradingFinishedAt: null }
        : opts.change === 'anonymous-off'
          ? { anonymousGrading: false }
          : opts.change === 'finished'
            ? { gradingFinishedAt: new Date() }
            : { gradingFinishedAt: null }
    await tx.assignment.update({ where: { id: assignment.id }, data })
    // Scores wait for the course site while grading is anonymous (lib/lti/ags/desired-score.ts).
    await queueScoreSync(tx, { assignmentId: assignment.id })
  })
}
