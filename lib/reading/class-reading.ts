import 'server-only'
import { db } from '@/lib/db'
import { assertTeaches } from '@/lib/classes/class-access'
import { readingParts, type ReadingPart } from '@/lib/content/lesson-sections'
import { requireLesson } from '@/lib/content/require-lesson'
import { AppError } from '@/lib/errors'
import { median } from '@/lib/review/score-summary'

export interface PartReading {
  isOpened: boolean
  seconds: number
}

export interface PartSummary {
  opened: number
  /** Over the students who opened it; null when nobody has. */
  medianSeconds: number | null
  totalSeconds: number
}

export interface ClassReading {
  lesson: { slug: string; title: string }
  /** The lessons of the class's assignments, to switch between. */
  lessons: { slug: string; title: string }[]
  parts: ReadingPart[]
  /** Current students, by name; every part has an entry, not opened and 0 s when nothing was recorded. */
  students: { id: string; name: string; email: string; parts: Record<string, PartReading> }[]
  summaries: Record<string, PartSummary>
}

/**
 * What each current student of a class has opened of a lesson, and for how long: the record, each
 * of its parts (guide sections, ¶ ranges) and each essay, with the class's totals per part. The
 * lesson is one of the class's assignments' (the first by due date unless named). NOT_FOUND unless
 * the user teaches the class.
 */
export async function getClassReading(opts: { userId: string; classId: string; lessonSlug?: string }): Promise<ClassReading | null> {
  await assertTeaches(db, opts)
  const assigned = await db.assignment.findMany({
    where: { classId: opts.classId },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    select: { lessonSlug: true },
  })
  const slugs = [...new Set(assigned.map((a) => a.lessonSlug))]
  if (slugs.length === 0) return null
  const slug = opts.lessonSlug ?? slugs[0]
  if (!slugs.includes(slug)) throw new AppError('NOT_FOUND', 'No assignment of this class is on that lesson.')
  const lessons = await Promise.all(slugs.map((s) => requireLesson(s)))
  const lesson = lessons[slugs.indexOf(slug)]
  const parts = readingParts(lesson)

  const [members, rows] = await Promise.all([
    db.membership.findMany({
      where: { classId: opts.classId, role: 'STUDENT', removedAt: null },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ user: { name: 'asc' } }, { user: { email: 'asc' } }],
    }),
    db.readingProgress.findMany({
      where: {
        lessonSlug: slug,
        sectionId: { in: parts.map((p) => p.id) },
        user: { memberships: { some: { classId: opts.classId, role: 'STUDENT', removedAt: null } } },
      },
      select: { userId: true, sectionId: true, secondsSpent: true },
    }),
  ])
  const byKey = new Map(rows.map((r) => [`${r.userId}|${r.sectionId}`, r.secondsSpent]))
  const students = members.map(({ user }) => ({
    ...user,
    parts: Object.fromEntries(
      parts.map((p) => {
        const seconds = byKey.get(`${user.id}|${p.id}`)
        return [p.id, { isOpened: seconds !== undefined, seconds: seconds ?? 0 }]
      }),
    ),
  }))
  const summaries = Object.fromEntries(
    parts.map((p) => {
      const opened = students.map((s) => s.parts[p.id]).filter((r) => r.isOpened)
      const times = opened.map((r) => r.seconds)
      return [p.id, { opened: opened.length, medianSeconds: median(times), totalSeconds: times.reduce((a, b) => a + b, 0) }]
    }),
  )
  return {
    lesson: { slug, title: lesson.info.title },
    lessons: lessons.map((l) => ({ slug: l.slug, title: l.info.title })),
    parts,
    students,
    summaries,
  }
}
