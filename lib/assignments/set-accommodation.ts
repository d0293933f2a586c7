import 'server-only'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { fieldErrorsOf } from '@/lib/validation'
import { effectiveWindow } from './effective-window'
import { ZAccommodationInput } from './schemas'

/** Sets (or, with no changes left, clears) one student's extension and time multiplier. */
export async function setAccommodation(opts: { userId: string; assignmentId: string; input: unknown }): Promise<void> {
  const parsed = ZAccommodationInput.safeParse(opts.input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const { studentId, ...acc } = parsed.data
  await db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({
      where: {
        id: opts.assignmentId,
        class: {
          ...taughtBy(opts.userId),
          AND: { memberships: { some: { userId: studentId, role: 'STUDENT', removedAt: null } } },
        },
      },
    })
    if (!assignment) throw new AppError('NOT_FOUND', 'No such student or assignment in your classes.')
    const w = effectiveWindow(assignment, acc)
    if (w.dueAt <= w.opensAt)
      throw new AppError('BAD_INPUT', 'The extended due date must be after the opening date.', {
        dueAt: ['Must be after the opening date.'],
      })
    if (w.closesAt < w.dueAt)
      throw new AppError('BAD_INPUT', 'The late cutoff must be after the due date.', { lateCutoffAt: ['Must be after the due date.'] })
    const isEmpty = !acc.opensAt && !acc.dueAt && !acc.lateCutoffAt && acc.timeMultiplier === 1
    if (isEmpty) {
      await tx.accommodation.deleteMany({ where: { assignmentId: assignment.id, userId: studentId } })
    } else {
      await tx.accommodation.upsert({
        where: { assignmentId_userId: { assignmentId: assignment.id, userId: studentId } },
        create: { assignmentId: assignment.id, userId: studentId, ...acc },
        update: acc,
      })
    }
    // A student's own due date decides when "after the due date" shows their course-site score.
    await queueScoreSync(tx, { assignmentId: assignment.id, userIds: [studentId] })
  })
}
