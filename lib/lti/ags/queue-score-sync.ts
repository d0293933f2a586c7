import 'server-only'
import { effectiveWindow } from '@/lib/assignments/effective-window'
import { fullMarks } from '@/lib/assignments/full-marks'
import type { Tx } from '@/lib/db'
import type { LtiScoreSync } from '@/lib/generated/prisma/client'
import { desiredScore, sameScore, type DesiredScore } from './desired-score'

// The grade-passback outbox. Every change that can move what a course site should show (a
// submission, a grade, a regrade, a release or withdrawal, new dates, the end of anonymous grading)
// calls this inside its own transaction, so the queue row commits with the change or not at all:
// a crash between "graded" and "posted" loses nothing. The sender (send-scores.ts) posts PENDING
// rows; a row whose score is still hidden from the student is HELD and never sent.

/**
 * Recomputes the desired course-site score of the assignment's course-site students (or just
 * `userIds`) on every line item the assignment is linked to, queueing those that changed.
 * Returns how many rows it queued or held. One query when the assignment is not linked.
 */
export async function queueScoreSync(tx: Tx, opts: { assignmentId: string; userIds?: string[]; now?: Date }): Promise<number> {
  const links = await tx.ltiResourceLink.findMany({
    where: { assignmentId: opts.assignmentId },
    select: { id: true, platform: { select: { issuer: true } } },
  })
  if (links.length === 0) return 0
  const now = opts.now ?? new Date()
  const assignment = await tx.assignment.findUniqueOrThrow({ where: { id: opts.assignmentId } })
  const only = opts.userIds ? { in: opts.userIds } : undefined
  const students = await tx.ltiUser.findMany({
    where: {
      issuer: { in: [...new Set(links.map((l) => l.platform.issuer))] },
      userId: only,
      user: { memberships: { some: { classId: assignment.classId, role: 'STUDENT' } } },
    },
    select: { issuer: true, sub: true, userId: true },
  })
  if (students.length === 0) return 0
  const userIds = [...new Set(students.map((s) => s.userId))]
  const [attempts, accommodations, existing, scoreMaximum] = await Promise.all([
    tx.attempt.findMany({
      where: { assignmentId: assignment.id, userId: { in: userIds } },
      select: {
        userId: true,
        questionSetId: true,
        number: true,
        status: true,
        submittedAt: true,
        score: true,
        isScoreFinal: true,
        feedbackReleasedAt: true,
      },
    }),
    tx.accommodation.findMany({ where: { assignmentId: assignment.id, userId: { in: userIds } } }),
    tx.ltiScoreSync.findMany({ where: { resourceLinkId: { in: links.map((l) => l.id) }, userId: { in: userIds } } }),
    fullMarks(assignment.lessonSlug, assignment.questionSetIds),
  ])
  const rowOf = new Map(existing.map((r) => [`${r.resourceLinkId}|${r.userId}`, r]))

  let queued = 0
  for (const link of links) {
    for (const student of students.filter((s) => s.issuer === link.platform.issuer)) {
      const desired = desiredScore({
        now,
        window: effectiveWindow(assignment, accommodations.find((a) => a.userId === student.userId) ?? null),
        assignment,
        attempts: attempts.filter((a) => a.userId === student.userId),
        scoreMaximum,
      })
      if (!desired) continue
      const row = rowOf.get(`${link.id}|${student.userId}`)
      if (row && sameScore(rowScore(row), desired)) continue
      const data = {
        ...desired,
        platformUserId: student.sub,
        status: statusFor(desired, row),
        changedAt: now,
        tries: 0,
        nextTryAt: now,
        leaseUntil: null,
        lastError: null,
      }
      await tx.ltiScoreSync.upsert({
        where: { resourceLinkId_userId: { resourceLinkId: link.id, userId: student.userId } },
        create: { ...data, resourceLinkId: link.id, userId: student.userId },
        update: data,
      })
      queued++
    }
  }
  return queued
}

/** A hidden score is sent only to take back one the course site was shown before. */
function statusFor(desired: DesiredScore, row: LtiScoreSync | undefined): 'PENDING' | 'HELD' {
  if (desired.scoreGiven !== null) return 'PENDING'
  return row?.postedAt && row.postedScore !== null ? 'PENDING' : 'HELD'
}

function rowScore(row: LtiScoreSync): DesiredScore {
  return {
    scoreGiven: row.scoreGiven,
    scoreMaximum: row.scoreMaximum ?? 0,
    activityProgress: row.activityProgress as DesiredScore['activityProgress'],
    gradingProgress: row.gradingProgress as DesiredScore['gradingProgress'],
  }
}
