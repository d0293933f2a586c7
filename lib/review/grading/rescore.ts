import 'server-only'
import { roundPoints } from '@/lib/quiz/points'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Tx } from '@/lib/db'
import { audit } from '@/lib/audit'
import { recomputeAttempts } from './recompute-attempt'

export interface ScoreChange {
  responseId: string
  attemptId: string
  /** From student-labels.ts: "Student N" while grading is anonymous. */
  studentLabel: string
  before: number | null
  after: number | null
}

/** Summarises a dry run: how many scores move, and by how much in total. */
export function summarise(changes: ScoreChange[]) {
  const moved = changes.filter((c) => c.before !== c.after)
  return {
    changes: moved,
    moved: moved.length,
    up: moved.filter((c) => (c.after ?? 0) > (c.before ?? 0)).length,
    down: moved.filter((c) => (c.after ?? 0) < (c.before ?? 0)).length,
    totalDelta: roundPoints(moved.reduce((s, c) => s + ((c.after ?? 0) - (c.before ?? 0)), 0)),
  }
}

/** Writes recomputed scores, each audited with who, when and why, then re-totals the attempts. */
export async function applyScoreChanges(
  tx: Tx,
  opts: { userId: string; reason: string; changes: ScoreChange[]; extra?: (c: ScoreChange) => Prisma.ResponseUpdateInput },
) {
  for (const c of opts.changes) {
    await tx.response.update({
      where: { id: c.responseId },
      data: { score: c.after, gradeVersion: { increment: 1 }, ...(opts.extra?.(c) ?? {}) },
    })
    await audit(
      {
        action: 'GRADE_CHANGED',
        actorId: opts.userId,
        details: { responseId: c.responseId, attemptId: c.attemptId, before: c.before, after: c.after, reason: opts.reason },
      },
      tx,
    )
  }
  await recomputeAttempts(
    tx,
    opts.changes.map((c) => c.attemptId),
  )
}
