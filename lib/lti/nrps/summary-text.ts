import type { RosterSyncSummary } from './sync-roster'

/** "3 added, 1 removed, 20 unchanged": the counts that are not zero, in a fixed order. */
export function rosterSummaryText(s: Partial<RosterSyncSummary>): string {
  const parts = (['added', 'reopened', 'removed', 'unchanged', 'skipped'] as const)
    .filter((k) => (s[k] ?? 0) > 0)
    .map((k) => `${s[k]} ${k === 'skipped' ? 'skipped (roles with no place in a class)' : k}`)
  return parts.length > 0 ? parts.join(', ') : 'nobody listed'
}
