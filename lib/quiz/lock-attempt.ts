import 'server-only'
import type { Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'

export interface LockedAttempt {
  id: string
  userId: string
  assignmentId: string
  questionSetId: string
  status: 'IN_PROGRESS' | 'SUBMITTED'
  startedAt: Date
  deadlineAt: Date | null
  questionVersions: Record<string, string>
}

/**
 * The SQL twin of enrolledStudent() in lib/authz.ts, for a query on "Attempt": a student removed
 * from the class, or whose class was archived, can no longer touch the attempt. Every statement
 * that writes to an attempt on the student's behalf includes it.
 */
export function stillEnrolled(userId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Assignment" a
    JOIN "Class" c ON c.id = a."classId" AND c."archivedAt" IS NULL
    JOIN "Membership" m ON m."classId" = a."classId"
    WHERE a.id = "Attempt"."assignmentId" AND m."userId" = ${userId} AND m.role = 'STUDENT' AND m."removedAt" IS NULL)`
}

/**
 * Reads a student's own attempt and locks its row until the transaction ends, so a save and a
 * submit (or two submits) on the same attempt run one after the other, never interleaved.
 */
export async function lockAttempt(tx: Tx, opts: { userId: string; attemptId: string }): Promise<LockedAttempt> {
  const rows = await tx.$queryRaw<LockedAttempt[]>`
    SELECT id, "userId", "assignmentId", "questionSetId", status::text AS status, "startedAt", "deadlineAt", "questionVersions"
    FROM "Attempt" WHERE id = ${opts.attemptId} AND "userId" = ${opts.userId}
      AND ${stillEnrolled(opts.userId)}
    FOR UPDATE OF "Attempt"`
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'Attempt not found.')
  return rows[0]
}

/** A few seconds' grace for a save that left the browser just before the deadline. */
export const DEADLINE_GRACE_MS = 10_000

export function isPastDeadline(attempt: Pick<LockedAttempt, 'deadlineAt'>, now: Date): boolean {
  return attempt.deadlineAt !== null && now.getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS
}
