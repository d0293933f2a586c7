import 'server-only'
import { db, type Tx } from '@/lib/db'
import { taughtBy } from '@/lib/authz'
import { AppError } from '@/lib/errors'

/**
 * The gate for instructor actions on a class: the actor must teach it (lib/authz.ts). Anything
 * else — a student, another class's instructor, a class that does not exist — is the same
 * NOT_FOUND, so existence is not revealed. Runs inside the caller's transaction.
 */
export async function assertTeaches(tx: Tx | typeof db, opts: { userId: string; classId: string }): Promise<void> {
  const klass = await tx.class.findFirst({ where: { id: opts.classId, ...taughtBy(opts.userId) }, select: { id: true } })
  if (!klass) throw new AppError('NOT_FOUND', 'Class not found.')
}
