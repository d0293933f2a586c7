import 'server-only'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'
import type { RosterSyncSummary } from './sync-roster'

export interface RosterSyncStatus {
  platformName: string
  lastSyncAt: Date | null
  lastSummary: Partial<RosterSyncSummary> | null
}

/** For the roster page: the course site this class can sync from, or null (not linked, no NRPS, or not the caller's class). */
export async function rosterSyncStatus({ userId, classId }: { userId: string; classId: string }): Promise<RosterSyncStatus | null> {
  const context = await db.ltiContext.findFirst({
    where: { classId, membershipsUrl: { not: null }, class: taughtBy(userId) },
    select: { lastRosterSyncAt: true, lastRosterSyncSummary: true, platform: { select: { name: true } } },
  })
  if (!context) return null
  const summary = context.lastRosterSyncSummary
  return {
    platformName: context.platform.name,
    lastSyncAt: context.lastRosterSyncAt,
    lastSummary: summary && typeof summary === 'object' && !Array.isArray(summary) ? (summary as Partial<RosterSyncSummary>) : null,
  }
}
