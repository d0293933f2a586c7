import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { AppError } from '@/lib/errors'
import { assertAdmin } from './admin-actor'

/**
 * An administrator opens a class fully by becoming one of its instructors: the one rule for access
 * to a class's work stays taughtBy() (lib/authz.ts), the class's header then names them among its
 * instructors, and the act is audited. A removed instructor membership is restored.
 */
export async function joinClassAsInstructor(opts: { actorId: string; classId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertAdmin(tx, opts.actorId)
    const klass = await tx.class.findUnique({ where: { id: opts.classId }, select: { id: true, name: true } })
    if (!klass) throw new AppError('NOT_FOUND', 'Class not found.')
    const existing = await tx.membership.findUnique({ where: { userId_classId: { userId: opts.actorId, classId: klass.id } } })
    if (existing?.role === 'STUDENT' && !existing.removedAt) throw new AppError('CONFLICT', 'You are a student in this class.')
    if (existing?.role === 'INSTRUCTOR' && !existing.removedAt) return
    await tx.membership.upsert({
      where: { userId_classId: { userId: opts.actorId, classId: klass.id } },
      create: { userId: opts.actorId, classId: klass.id, role: 'INSTRUCTOR' },
      update: { role: 'INSTRUCTOR', removedAt: null, joinedAt: new Date() },
    })
    await audit({ action: 'ADMIN_JOINED_CLASS', actorId: opts.actorId, details: { classId: klass.id, className: klass.name } }, tx)
  })
}
