import type { Prisma } from '@/lib/generated/prisma/client'

// Who may see what, as query filters: every query that reads or writes a class's data puts one of
// these in its `where`, so the check and the read are one statement (race-free, and a foreign id
// is simply "not found"). One decision each, here and nowhere else:
//
// - Teaching: an active (not removed) instructor membership of the class, held by a staff account.
//   Archived classes stay visible to their instructors (to read, export, restore). An administrator
//   has no implicit access to a class: they teach what they are a member of, like anyone else.
// - Being enrolled: an active student membership of a class that is not archived. Archiving a class
//   closes it to its students — its pages, its quizzes and their autosave alike.
//
// The SQL twins of these filters (lib/quiz/lock-attempt.ts) say so beside them.

export type Role = 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'

export interface Actor {
  id: string
  role: Role
}

/** Classes this user teaches. */
export function taughtBy(userId: string): Prisma.ClassWhereInput {
  return { memberships: { some: { userId, role: 'INSTRUCTOR', removedAt: null, user: { role: { in: ['INSTRUCTOR', 'ADMIN'] } } } } }
}

/** Classes this user is an enrolled student of. */
export function enrolledStudent(userId: string): Prisma.ClassWhereInput {
  return { archivedAt: null, memberships: { some: { userId, role: 'STUDENT', removedAt: null } } }
}

/** Whether this account is staff: may create classes and invite instructors. */
export function isStaff(actor: Actor | null): boolean {
  return actor?.role === 'INSTRUCTOR' || actor?.role === 'ADMIN'
}
