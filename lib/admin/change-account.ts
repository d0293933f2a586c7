import 'server-only'
import { db } from '@/lib/db'
import { audit } from '@/lib/audit'
import { refuseAccountChange, type AccountChange } from '@/lib/authz'
import { AppError } from '@/lib/errors'

const AUDIT_ACTION = { role: 'USER_ROLE_CHANGED', deactivate: 'USER_DEACTIVATED', reactivate: 'USER_REACTIVATED' } as const

/**
 * An administrator changes an account's role, or deactivates or reactivates it. The rule is
 * refuseAccountChange (lib/authz.ts); the administrators' rows are locked first, so two admins
 * demoting each other at once cannot leave none. A role change or a deactivation ends the
 * account's sessions (sessionVersion + 1, docs/decisions/010-sessions.md); deactivation also
 * withdraws its unused reset links. Audited with the before and after.
 */
export async function changeAccount(opts: { actorId: string; userId: string; change: AccountChange }): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string; isActive: boolean }[]>`
      SELECT id, ("deactivatedAt" IS NULL) AS "isActive" FROM "User" WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`
    const actor = admins.find((a) => a.id === opts.actorId)
    if (!actor?.isActive) throw new AppError('NOT_FOUND', 'Not found.')
    const target = await tx.user.findUnique({
      where: { id: opts.userId },
      select: { id: true, name: true, role: true, deactivatedAt: true },
    })
    if (!target) throw new AppError('NOT_FOUND', 'No such account.')
    const refusal = refuseAccountChange({
      actor: { id: actor.id, role: 'ADMIN', isActive: true },
      target: { id: target.id, role: target.role, isActive: !target.deactivatedAt },
      change: opts.change,
      activeAdmins: admins.filter((a) => a.isActive).length,
    })
    if (refusal) throw new AppError('FORBIDDEN', refusal)

    const { change } = opts
    if (change.kind === 'role') {
      if (change.role === target.role) return { name: target.name }
      await tx.user.update({ where: { id: target.id }, data: { role: change.role, sessionVersion: { increment: 1 } } })
    } else if (change.kind === 'deactivate') {
      if (target.deactivatedAt) return { name: target.name }
      await tx.user.update({ where: { id: target.id }, data: { deactivatedAt: new Date(), sessionVersion: { increment: 1 } } })
      await tx.oneTimeToken.deleteMany({ where: { userId: target.id, purpose: 'PASSWORD_RESET', usedAt: null } })
    } else {
      if (!target.deactivatedAt) return { name: target.name }
      await tx.user.update({ where: { id: target.id }, data: { deactivatedAt: null } })
    }
    await audit(
      {
        action: AUDIT_ACTION[change.kind],
        actorId: actor.id,
        subjectUserId: target.id,
        details: change.kind === 'role' ? { from: target.role, to: change.role } : {},
      },
      tx,
    )
    return { name: target.name }
  })
}
