import 'server-only'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'

/**
 * The one gate for instructor actions on a class: the actor must be an active instructor of it.
 * Anything else — a student, another class's instructor, a class that does not exist — is the
 * same NOT_FOUND, so existence is not revealed. Runs inside the caller's transaction.
 */
export async function assertTeaches(tx: Tx | typeof db, opts: { userId: string; classId: string }): Promise<void> {
  const membership = await tx.membership.findFirst({
    where: { userId: opts.userId, classId: opts.classId, role: 'INSTRUCTOR', removedAt: null, user: { role: { in: ['INSTRUCTOR', 'ADMIN'] } } },
    select: { id: true },
  })
  if (!membership) throw new AppError('NOT_FOUND', 'Class not found.')
}
