import 'server-only'
import { audit } from '@/lib/audit'
import { assertTeaches } from '@/lib/classes/class-access'
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { ltiAccountFor } from '../accounts'
import { classRoleOf } from '../roles'
import { ServiceError } from '../service-token'
import { fetchMembers, type NrpsMember } from './fetch-members'

// A teacher pulls the course site's member list into the class: people listed as active get an
// account and a membership; people marked inactive or deleted, and course-site students no longer
// listed, have their membership closed (removedAt), never deleted, so their work stays. Only people
// the course site brought in (an LtiUser on this platform's issuer) are ever closed: someone who
// joined by code or invite is Lectern's to manage, not the platform's.

export interface RosterSyncSummary {
  added: number
  reopened: number
  removed: number
  unchanged: number
  /** Listed with a role that has no place in a class (mentor, observer…), or a deactivated account. */
  skipped: number
}

export async function syncRoster({ userId, classId }: { userId: string; classId: string }): Promise<RosterSyncSummary> {
  await assertTeaches(db, { userId, classId })
  const context = await db.ltiContext.findUnique({ where: { classId }, include: { platform: true } })
  if (!context?.membershipsUrl) {
    throw new AppError('BAD_INPUT', 'This class has no course site roster to sync: open Lectern from the course site first.')
  }
  const { platform } = context
  let members: NrpsMember[]
  try {
    members = await fetchMembers(platform, context.membershipsUrl)
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error
    throw new AppError(
      'BAD_INPUT',
      `${platform.name} did not send its roster, so nothing was changed. Try again later; if it keeps failing, ask your administrator to check that the tool may read course members. (${error.message.slice(0, 200)})`,
    )
  }

  return db.$transaction(
    async (tx) => {
      await assertTeaches(tx, { userId, classId })
      const summary: RosterSyncSummary = { added: 0, reopened: 0, removed: 0, unchanged: 0, skipped: 0 }
      const listed = new Set<string>()
      for (const member of members) {
        listed.add(member.user_id)
        const status = member.status ?? 'Active'
        if (status !== 'Active') {
          if (await closeLinked(tx, { issuer: platform.issuer, sub: member.user_id, classId, syncingUserId: userId })) summary.removed++
          else summary.unchanged++
          continue
        }
        const role = classRoleOf(member.roles)
        if (!role) {
          summary.skipped++
          continue
        }
        const account = await ltiAccountFor(
          tx,
          { ...member, issuer: platform.issuer, sub: member.user_id, role },
          { by: `LTI roster sync from ${platform.name}`, launched: false },
        )
        if (account.kind === 'deactivated') {
          summary.skipped++
          continue
        }
        // The teacher syncing keeps their own membership as it is: a course site that lists them
        // oddly must not lock them out of the class mid-sync.
        if (account.user.id === userId) {
          summary.unchanged++
          continue
        }
        const existing = await tx.membership.findUnique({ where: { userId_classId: { userId: account.user.id, classId } } })
        if (!existing) {
          await tx.membership.create({ data: { userId: account.user.id, classId, role } })
          summary.added++
        } else if (existing.removedAt) {
          await tx.membership.update({ where: { id: existing.id }, data: { removedAt: null, role } })
          summary.reopened++
        } else if (existing.role !== role) {
          await tx.membership.update({ where: { id: existing.id }, data: { role } })
          summary.unchanged++
        } else summary.unchanged++
      }
      summary.removed += await closeUnlisted(tx, { issuer: platform.issuer, classId, listed, syncingUserId: userId })
      const now = new Date()
      await tx.ltiContext.update({
        where: { id: context.id },
        data: { lastRosterSyncAt: now, lastRosterSyncSummary: { ...summary } },
      })
      await audit(
        {
          action: 'LTI_ROSTER_SYNCED',
          actorId: userId,
          details: { classId, platform: platform.name, issuer: platform.issuer, context: context.contextId, ...summary },
        },
        tx,
      )
      return summary
    },
    // A large course is many small writes; the default five seconds is too short for one.
    { timeout: 120_000, maxWait: 10_000 },
  )
}

/** Closes the open membership of the person the course site knows as `sub`, if the site brought them in. */
async function closeLinked(
  tx: Tx,
  { issuer, sub, classId, syncingUserId }: { issuer: string; sub: string; classId: string; syncingUserId: string },
): Promise<boolean> {
  const linked = await tx.ltiUser.findUnique({ where: { issuer_sub: { issuer, sub } }, select: { userId: true } })
  if (!linked || linked.userId === syncingUserId) return false
  const { count } = await tx.membership.updateMany({
    where: { userId: linked.userId, classId, removedAt: null },
    data: { removedAt: new Date() },
  })
  return count > 0
}

/** Course-site students of the class the list no longer names. Instructors are left to the class's teachers. */
async function closeUnlisted(
  tx: Tx,
  { issuer, classId, listed, syncingUserId }: { issuer: string; classId: string; listed: Set<string>; syncingUserId: string },
): Promise<number> {
  const open = await tx.membership.findMany({
    where: { classId, role: 'STUDENT', removedAt: null, userId: { not: syncingUserId }, user: { ltiUsers: { some: { issuer } } } },
    select: { id: true, user: { select: { ltiUsers: { where: { issuer }, select: { sub: true } } } } },
  })
  const gone = open.filter((m) => !m.user.ltiUsers.some((l) => listed.has(l.sub))).map((m) => m.id)
  if (gone.length === 0) return 0
  const { count } = await tx.membership.updateMany({ where: { id: { in: gone } }, data: { removedAt: new Date() } })
  return count
}
