import 'server-only'
import type { Tx } from '@/lib/db'
import { recordPartSectionId } from '@/lib/content/lesson-sections'
import { DEMO_ACCOMMODATED_EMAIL, DEMO_READING_EMAILS } from './demo-people'

const DAY = 86_400_000
const HOUR = 3_600_000
/** The demo data is about the one lesson it was written for. */
export const DEMO_LESSON = 'batmunkh-kim-1986'
export const DEMO_ASSIGNMENT_TITLE = 'Reading and comprehension quiz'

/**
 * The demo class's assignment: open since last week, due in five days, the record and two essays to
 * read, the comprehension quiz and the evidence-and-argument quiz to take. Some students have opened the reading (with realistic
 * time spent), the rest have not; one has an extension and 1.5× time.
 */
export async function seedDemoAssignment(
  tx: Tx,
  opts: { classId: string; instructorId: string; now?: Date; /** The record's parts (guide section ids). */ recordParts: string[] },
) {
  const now = opts.now ?? new Date()
  const dueAt = new Date(now.getTime() + 5 * DAY)
  dueAt.setUTCHours(23, 0, 0, 0)
  const assignment = await tx.assignment.create({
    data: {
      classId: opts.classId,
      createdById: opts.instructorId,
      title: DEMO_ASSIGNMENT_TITLE,
      lessonSlug: DEMO_LESSON,
      requiredParts: ['record', 'essay:mongolia-between-moscow-and-beijing', 'essay:vladivostok-and-the-soviet-withdrawal'],
      questionSetIds: ['comprehension', 'evidence-and-argument'],
      opensAt: new Date(now.getTime() - 7 * DAY),
      dueAt,
      lateCutoffAt: new Date(dueAt.getTime() + 2 * DAY),
      latePolicy: 'ACCEPT_WITH_PENALTY',
      latePenaltyPercentPerDay: 10,
      attemptsAllowed: 1,
      timeLimitMinutes: 45,
      feedbackRelease: 'MANUAL',
    },
  })
  const readers = await tx.user.findMany({ where: { email: { in: DEMO_READING_EMAILS } }, select: { id: true, email: true } })
  const sections = ['record', 'essay:mongolia-between-moscow-and-beijing', 'essay:vladivostok-and-the-soviet-withdrawal']
  await tx.readingProgress.createMany({
    data: readers.flatMap((r, i) =>
      // Readers got different distances: some only opened the record, others read the essays too.
      sections.slice(0, 1 + (i % 3)).map((sectionId, j) => ({
        userId: r.id,
        lessonSlug: DEMO_LESSON,
        sectionId,
        firstOpenedAt: new Date(now.getTime() - (3 + i) * DAY + j * HOUR),
        lastSeenAt: new Date(now.getTime() - (2 + (i % 2)) * DAY + j * HOUR),
        secondsSpent: 600 + ((i * 37 + j * 113) % 1500),
      })),
    ),
  })
  // Within the record, readers got through a different number of its parts, most time on the first.
  const parts = opts.recordParts
  await tx.readingProgress.createMany({
    data: readers.flatMap((r, i) =>
      parts.slice(0, 2 + ((i * 2) % (parts.length - 1))).map((part, k) => ({
        userId: r.id,
        lessonSlug: DEMO_LESSON,
        sectionId: recordPartSectionId(part),
        firstOpenedAt: new Date(now.getTime() - (3 + i) * DAY + k * 60_000),
        lastSeenAt: new Date(now.getTime() - (2 + (i % 2)) * DAY),
        secondsSpent: Math.floor(360 / (k + 2)), // together less than the record’s 600 s or more
      })),
    ),
  })
  const accommodated = await tx.user.findUniqueOrThrow({ where: { email: DEMO_ACCOMMODATED_EMAIL }, select: { id: true } })
  await tx.accommodation.create({
    data: { assignmentId: assignment.id, userId: accommodated.id, dueAt: new Date(dueAt.getTime() + 3 * DAY), timeMultiplier: 1.5 },
  })
  return assignment
}
