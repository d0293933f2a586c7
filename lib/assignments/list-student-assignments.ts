import 'server-only'
import { db } from '@/lib/db'
import { byWhatIsDueNext, toStudentView, type StudentAssignmentView } from './student-view'

/** Every assignment in the classes the student belongs to now, with status, sorted by what is due next. */
export async function listStudentAssignments(opts: { userId: string; now?: Date }): Promise<StudentAssignmentView[]> {
  const now = opts.now ?? new Date()
  const assignments = await db.assignment.findMany({
    where: { class: { archivedAt: null, memberships: { some: { userId: opts.userId, role: 'STUDENT', removedAt: null } } } },
    include: {
      class: { select: { id: true, name: true } },
      accommodations: { where: { userId: opts.userId } },
      attempts: {
        where: { userId: opts.userId },
        orderBy: { number: 'asc' },
        select: { questionSetId: true, status: true, submittedAt: true, isScoreFinal: true, feedbackReleasedAt: true },
      },
    },
  })
  const progress = await db.readingProgress.findMany({
    where: { userId: opts.userId, lessonSlug: { in: [...new Set(assignments.map((a) => a.lessonSlug))] } },
    select: { lessonSlug: true, sectionId: true },
  })
  return assignments
    .map((a) =>
      toStudentView({
        assignment: a,
        accommodation: a.accommodations[0] ?? null,
        attempts: a.attempts,
        sectionsOpened: progress.filter((p) => p.lessonSlug === a.lessonSlug).map((p) => p.sectionId),
        now,
      }),
    )
    .sort(byWhatIsDueNext)
}
