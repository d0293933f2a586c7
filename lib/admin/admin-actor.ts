import 'server-only'
import type { db, Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'

/**
 * The gate of every admin domain function: the actor is, in the database now, an active
 * administrator. Anyone else gets the same NOT_FOUND as for a page that does not exist.
 */
export async function assertAdmin(tx: Tx | typeof db, actorId: string): Promise<void> {
  const actor = await tx.user.findFirst({ where: { id: actorId, role: 'ADMIN', deactivatedAt: null }, select: { id: true } })
  if (!actor) throw new AppError('NOT_FOUND', 'Not found.')
}
