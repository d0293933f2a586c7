import 'server-only'
import { db } from '@/lib/db'
import { toStudentView } from './student-view'

/**
 * One assignment as its student sees it — or null (the page answers 404) when the student is not
 * an active member of its class: a removed student can no longer open it.
 */
export async function getStudentAssignment(opts: { userId: string; assignmentId: string; now?: Date }) {
  if (opts.assignmentId.length > 64) return null
  const assignment = await db.assignment.findFirst({
    where: {
      id: opts.assignmentId,
      class: { archivedAt: null, memberships: { some: { userId: opts.userId, role: 'STUDENT', removedAt: null } } },
    },
    include: {
      class: { select: { id: true, name: true } },
      accommodations: { where: { userId: opts.userId } },
      attempts: {
        where: { userId: opts.userId },
        orderBy: [{ questionSetId: 'asc' }, { number: 'asc' }],
        select: {
          id: true,
          questionSetId: true,
          number: true,
          status: true,
          startedAt: true,
          submittedAt: true,
          isScoreFinal: true,
          feedbackReleasedAt: true,
          score: true,
          maxScore: true,
        },
      },
    },
  })
  if (!assignment) return null
  const progress = await db.readingProgress.findMany({
    where: { userId: opts.userId, lessonSlug: assignment.lessonSlug },
    select: { sectionId: true, secondsSpent: true, lastSeenAt: true },
  })
  const view = toStudentView({
    assignment,
    accommodation: assignment.accommodations[0] ?? null,
    attempts: assignment.attempts,
    sectionsOpened: progress.map((p) => p.sectionId),
    now: opts.now ?? new Date(),
  })
  return {
    ...view,
    attemptsAllowed: assignment.attemptsAllowed,
    attempts: assignment.attempts,
    progress,
    feedbackRelease: assignment.feedbackRelease,
    answerKeyRelease: assignment.answerKeyRelease,
    latePolicy: assignment.latePolicy,
    latePenaltyPercentPerDay: assignment.latePenaltyPercentPerDay,
  }
}
