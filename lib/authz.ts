import type { Prisma } from '@/lib/generated/prisma/client'

// Who may see what, as query filters: every query that reads or writes a class's data puts one of
// these in its `where`, so the check and the read are one statement (race-free, and a foreign id
// is simply "not found"). One decision each, here and nowhere else:
//
// - Teaching: an active (not removed) instructor membership of the class, held by a staff account.
//   Archived classes stay visible to their instructors (to read, export, restore). An administrator
//   has no implicit access to a class's work: they teach what they are a member of, like anyone
//   else. They see every class's directory entry (name, term, instructors, counts — the admin
//   pages), and to open one fully they add themselves as an instructor, which the class's own
//   instructors see in its header and which is audited (docs/decisions/022-admin-and-listed-links.md).
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

/** Whether this account administers Lectern: manages accounts and sees the class directory. */
export function isAdmin(actor: Actor | null): boolean {
  return actor?.role === 'ADMIN'
}

export type AccountChange = { kind: 'role'; role: Role } | { kind: 'deactivate' } | { kind: 'reactivate' }

/**
 * Why an administrator may not make this change to an account, or null when they may. Pure: the
 * caller passes the facts read (and locked) in its transaction. Lectern must always keep one active
 * administrator, and nobody demotes or deactivates themselves (another admin must), so a slip
 * cannot lock the last one out.
 */
export function refuseAccountChange(opts: {
  actor: Actor & { isActive: boolean }
  target: { id: string; role: Role; isActive: boolean }
  change: AccountChange
  /** Active administrators now, the target included if they are one. */
  activeAdmins: number
}): string | null {
  const { actor, target, change } = opts
  if (actor.role !== 'ADMIN' || !actor.isActive) return 'Only an administrator may change accounts.'
  const removesAnAdmin =
    target.role === 'ADMIN' && target.isActive && (change.kind === 'deactivate' || (change.kind === 'role' && change.role !== 'ADMIN'))
  if (actor.id === target.id && change.kind !== 'reactivate' && (change.kind === 'deactivate' || change.role !== target.role))
    return 'You cannot change your own role or deactivate your own account; ask another administrator.'
  if (removesAnAdmin && opts.activeAdmins <= 1) return 'This is the last active administrator; make another administrator first.'
  return null
}
