import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { rosterSummaryText } from '@/lib/lti/nrps/summary-text'
import type { RosterSyncStatus } from '@/lib/lti/nrps/roster-sync-status'
import { SyncRosterButton } from './sync-roster-button'

/** The roster panel for a class linked to a course site that offers its member list. */
export function CourseSiteRoster({ classId, status }: { classId: string; status: RosterSyncStatus }) {
  return (
    <section aria-labelledby="course-site-roster-heading">
      <h2 id="course-site-roster-heading">Course site roster</h2>
      <p>
        {status.lastSyncAt ? (
          <>
            Last synced <LocalTime iso={status.lastSyncAt.toISOString()} withZone={false} />
            {status.lastSummary && <>: {rosterSummaryText(status.lastSummary)}</>}.
          </>
        ) : (
          <>Not synced yet.</>
        )}
      </p>
      <p className={ui.muted}>
        Students who opened Lectern from {status.platformName} are already on this roster: their first launch enrolled them. A sync adds the
        rest, and closes the memberships of course-site students who have left (their work is kept). Students who joined by code or invite
        are never changed by a sync.
      </p>
      <SyncRosterButton classId={classId} platformName={status.platformName} />
    </section>
  )
}
