import 'server-only'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'

// For the instructor's assignment page: where the assignment's course-site grades stand.

export interface ScoreSyncRow {
  id: string
  studentName: string
  status: 'HELD' | 'PENDING' | 'SENDING' | 'POSTED' | 'FAILED'
  scoreGiven: number | null
  scoreMaximum: number | null
  postedAt: Date | null
  tries: number
  nextTryAt: Date
  lastError: string | null
}

export interface ScoreSyncStatus {
  platformNames: string[]
  counts: Record<ScoreSyncRow['status'], number>
  lastPostedAt: Date | null
  /** Rows that need a look: failed, or retrying after an error. */
  problems: ScoreSyncRow[]
}

/** Null when the assignment is not linked to a course site (or is not the caller's to see). */
export async function scoreSyncStatus({ userId, assignmentId }: { userId: string; assignmentId: string }): Promise<ScoreSyncStatus | null> {
  const links = await db.ltiResourceLink.findMany({
    where: { assignmentId, assignment: { class: taughtBy(userId) } },
    select: { id: true, platform: { select: { name: true } } },
  })
  if (links.length === 0) return null
  const rows = await db.ltiScoreSync.findMany({
    where: { resourceLinkId: { in: links.map((l) => l.id) } },
    orderBy: [{ user: { name: 'asc' } }],
    select: {
      id: true,
      status: true,
      scoreGiven: true,
      scoreMaximum: true,
      postedAt: true,
      tries: true,
      nextTryAt: true,
      lastError: true,
      user: { select: { name: true } },
    },
  })
  const counts = { HELD: 0, PENDING: 0, SENDING: 0, POSTED: 0, FAILED: 0 }
  for (const r of rows) counts[r.status]++
  const posted = rows.flatMap((r) => (r.postedAt ? [r.postedAt.getTime()] : []))
  return {
    platformNames: [...new Set(links.map((l) => l.platform.name))],
    counts,
    lastPostedAt: posted.length > 0 ? new Date(Math.max(...posted)) : null,
    problems: rows
      .filter((r) => r.status === 'FAILED' || (r.status === 'PENDING' && r.lastError))
      .map(({ user, ...r }) => ({ ...r, studentName: user.name })),
  }
}
