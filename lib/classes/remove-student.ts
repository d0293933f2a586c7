import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { assertTeaches } from './class-access'

/**
 * Removes a student from a class: the membership is closed, not deleted, so their attempts and
 * responses stay in the gradebook; they can no longer open the class's assignments.
 */
export async function removeStudent(opts: { userId: string; classId: string; studentId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertTeaches(tx, opts)
    const { count } = await tx.membership.updateMany({
      where: { classId: opts.classId, userId: opts.studentId, role: 'STUDENT', removedAt: null },
      data: { removedAt: new Date() },
    })
    if (count === 0) throw new AppError('NOT_FOUND', 'That student is not in this class.')
  })
}
