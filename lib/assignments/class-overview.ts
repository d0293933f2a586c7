import 'server-only'
import { db } from '@/lib/db'
import { assertTeaches } from '@/lib/classes/class-access'
import type { StudentStatus } from './student-status'
import { toStudentView } from './student-view'

export interface AssignmentOverview {
  id: string
  title: string
  opensAt: Date
  dueAt: Date
  counts: Record<StudentStatus, number>
  late: number
  students: { id: string; name: string; status: StudentStatus; isLate: boolean; hasOpenedReading: boolean; isAdjusted: boolean }[]
}

/** For each assignment of a class: how many active students are at each status, and who they are. */
export async function classOverview(opts: { userId: string; classId: string; now?: Date }): Promise<AssignmentOverview[]> {
  await assertTeaches(db, opts)
  const now = opts.now ?? new Date()
  const [assignments, students] = await Promise.all([
    db.assignment.findMany({
      where: { classId: opts.classId },
      orderBy: { dueAt: 'asc' },
      include: {
        class: { select: { id: true, name: true } },
        accommodations: true,
        attempts: {
          select: { userId: true, questionSetId: true, status: true, submittedAt: true, isScoreFinal: true, feedbackReleasedAt: true },
          orderBy: { number: 'asc' },
        },
      },
    }),
    db.membership.findMany({
      where: { classId: opts.classId, role: 'STUDENT', removedAt: null },
      orderBy: { user: { name: 'asc' } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ])
  const progress = await db.readingProgress.findMany({
    where: { userId: { in: students.map((s) => s.user.id) }, lessonSlug: { in: [...new Set(assignments.map((a) => a.lessonSlug))] } },
    select: { userId: true, lessonSlug: true, sectionId: true },
  })
  return assignments.map((a) => {
    const rows = students.map(({ user }) => {
      const view = toStudentView({
        assignment: a,
        accommodation: a.accommodations.find((x) => x.userId === user.id) ?? null,
        attempts: a.attempts.filter((x) => x.userId === user.id),
        sectionsOpened: progress.filter((p) => p.userId === user.id && p.lessonSlug === a.lessonSlug).map((p) => p.sectionId),
        now,
      })
      return {
        id: user.id,
        name: user.name,
        status: view.status,
        isLate: view.isLate,
        hasOpenedReading: view.hasOpenedReading,
        isAdjusted: view.window.isAdjusted,
      }
    })
    const counts = { NOT_STARTED: 0, READING: 0, IN_PROGRESS: 0, SUBMITTED: 0, GRADED: 0, FEEDBACK_AVAILABLE: 0 }
    for (const r of rows) counts[r.status] += 1
    return {
      id: a.id,
      title: a.title,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      counts,
      late: rows.filter((r) => r.isLate).length,
      students: rows,
    }
  })
}
