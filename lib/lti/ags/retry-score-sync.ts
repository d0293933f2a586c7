import 'server-only'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { sendDueScores, type SendSummary } from './send-scores'

/**
 * "Post again": an instructor of the class sends one row, or every failed row of the assignment,
 * now. The row is re-stamped, so a platform that already holds this score takes the post as newer
 * rather than ignoring it as a repeat. Returns what the immediate send did.
 */
export async function retryScoreSync(opts: { userId: string; assignmentId: string; syncId?: string }): Promise<SendSummary> {
  const assignment = await db.assignment.findFirst({ where: { id: opts.assignmentId, class: taughtBy(opts.userId) }, select: { id: true } })
  if (!assignment) throw new AppError('NOT_FOUND', 'Not found.')
  const rows = await db.ltiScoreSync.findMany({
    where: {
      resourceLink: { assignmentId: assignment.id },
      ...(opts.syncId ? { id: opts.syncId, status: { in: ['FAILED', 'POSTED', 'PENDING'] } } : { status: 'FAILED' }),
    },
    select: { id: true },
  })
  if (opts.syncId && rows.length === 0) throw new AppError('NOT_FOUND', 'That score is not waiting to be posted.')
  const ids = rows.map((r) => r.id)
  const now = new Date()
  await db.ltiScoreSync.updateMany({
    where: { id: { in: ids } },
    data: { status: 'PENDING', tries: 0, nextTryAt: now, changedAt: now, lastError: null, leaseUntil: null },
  })
  return sendDueScores({ ids, now })
}
