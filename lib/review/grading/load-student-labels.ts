import 'server-only'
import crypto from 'node:crypto'
import type { Tx } from '@/lib/db'
import { db } from '@/lib/db'
import { isGradingAnonymous, studentLabeller, type AnonymitySettings, type LabelOf } from './student-labels'

/** The labels for one assignment's grading responses, from its submitted attempts. */
export async function loadStudentLabels(tx: Tx | typeof db, assignment: AnonymitySettings & { id: string }): Promise<LabelOf> {
  // Plain SQL: Prisma's `distinct` is done in memory, over every attempt and its user — 60,000 of
  // them for a class of 10,000 with six quizzes — where the database needs one index-only scan.
  // It starts from the assignment's attempts (in user order in the index, so DISTINCT needs no sort)
  // rather than from "User", which holds every student of every class.
  const students = await tx.$queryRaw<{ userId: string; name: string }[]>`
    SELECT u.id AS "userId", u.name
      FROM (SELECT DISTINCT a."userId" FROM "Attempt" a WHERE a."assignmentId" = ${assignment.id} AND a.status = 'SUBMITTED') s
      JOIN "User" u ON u.id = s."userId"`
  if (!isGradingAnonymous(assignment)) return studentLabeller(assignment, students)
  return studentLabeller(
    assignment,
    students,
    await anonymousNumbers(
      tx,
      assignment.id,
      students.map((s) => s.userId),
    ),
  )
}

/**
 * Each student's stored number on the assignment, giving the next numbers to students who have
 * none yet, in a random order among them (so N says nothing about a name, an id or who submitted
 * first among them). Numbers are never changed or reused. Two graders loading at once may pick the
 * same number: the unique index keeps one, and the loser tries again with the numbers now taken.
 */
async function anonymousNumbers(tx: Tx | typeof db, assignmentId: string, userIds: string[]): Promise<Map<string, number>> {
  for (let round = 0; ; round++) {
    const held = await tx.anonymousNumber.findMany({ where: { assignmentId }, select: { userId: true, number: true } })
    const numbers = new Map(held.map((h) => [h.userId, h.number]))
    const missing = userIds.filter((u) => !numbers.has(u))
    if (missing.length === 0 || round === 5) return numbers
    const top = held.reduce((max, h) => Math.max(max, h.number), 0)
    const shuffled = missing
      .map((userId) => ({ userId, key: crypto.randomBytes(8).toString('hex') }))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
    // ON CONFLICT DO NOTHING: a number or student taken meanwhile is skipped, never an aborted transaction.
    await tx.anonymousNumber.createMany({
      data: shuffled.map(({ userId }, i) => ({ assignmentId, userId, number: top + i + 1 })),
      skipDuplicates: true,
    })
  }
}
