import 'server-only'
import { taughtBy } from '@/lib/authz'
import type { Prisma } from '@/lib/generated/prisma/client'

// Who may issue a password-reset link for whom, as a query filter, so the rule and the lookup are
// one statement (docs/decisions/008-enrolment-and-resets.md):
// - an administrator may reset anyone;
// - an instructor may reset a student who is in one of their classes and who either
//   · has allowed their instructors to reset it (Account page), or
//   · is in no class the instructor does not teach — a reset then opens nothing beyond the
//     instructor's own classes.
// Never a fellow instructor or an administrator.

/** The student in one of the actor's classes at all: without this, "not found". */
export function studentOfActor(actorId: string, studentId: string): Prisma.UserWhereInput {
  return { id: studentId, role: 'STUDENT', memberships: { some: { role: 'STUDENT', removedAt: null, class: taughtBy(actorId) } } }
}

/** The students whose password this actor may reset. */
export function resettableBy(actor: { id: string; role: string }, studentId: string): Prisma.UserWhereInput {
  if (actor.role === 'ADMIN') return { id: studentId }
  return {
    AND: [
      studentOfActor(actor.id, studentId),
      {
        OR: [
          { instructorResetAllowed: true },
          { memberships: { every: { OR: [{ removedAt: { not: null } }, { class: taughtBy(actor.id) }] } } },
        ],
      },
    ],
  }
}
