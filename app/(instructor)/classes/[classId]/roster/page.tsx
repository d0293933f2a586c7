import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { CopyableLink } from '@/components/ui/copy-button'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { listResetLinks } from '@/lib/accounts/list-reset-links'
import { requireRole } from '@/lib/auth/session'
import { listPendingInvites } from '@/lib/classes/list-pending-invites'
import { listRoster, ROSTER_SORTS, type RosterSort } from '@/lib/classes/list-roster'
import { publicUrl } from '@/lib/http/public-url'
import { rosterSyncStatus } from '@/lib/lti/nrps/roster-sync-status'
import { countOf } from '@/lib/text/count-of'
import { AddStudentsForm } from './add-students-form'
import { CoInstructorInvite } from './co-instructor-invite'
import { CourseSiteRoster } from './course-site-roster'
import { RemoveStudentButton } from './remove-student-button'
import { ResetLinkButton } from './reset-link-button'
import styles from './roster.module.css'

export const metadata: Metadata = { title: 'Roster' }

const SORT_LABEL: Record<RosterSort, string> = { name: 'Name', email: 'Email', joined: 'Joined' }
const RESETS_HEADING = 'Reset links waiting to be used'
const NOT_SHOWN = 'Made before links could be shown again: make a new one if it is lost.'

export default async function RosterPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const search = await searchParams
  const sort = ROSTER_SORTS.find((s) => s === search.sort) ?? 'name'
  const descending = search.dir === 'desc'
  const query = search.q ?? ''
  const students = await listRoster({ userId: user.id, classId, query, sort, descending })
  const [invites, resets, syncStatus, requestHeaders] = await Promise.all([
    listPendingInvites({ userId: user.id, classId }),
    listResetLinks({ actorId: user.id, classId }),
    rosterSyncStatus({ userId: user.id, classId }),
    headers(),
  ])
  const urlOf = (path: string) => publicUrl(path, requestHeaders)
  const sortHref = (s: RosterSort) =>
    `?${new URLSearchParams({ ...(query ? { q: query } : {}), sort: s, dir: s === sort && !descending ? 'desc' : 'asc' })}`
  return (
    <>
      <p className={styles.sheetLinks}>
        <Link href={`/classes/${classId}/roster/sheet`}>Join sheet to print</Link>
        <a href={`/classes/${classId}/roster/join-sheet.csv`} download>
          Download join sheet (CSV)
        </a>
      </p>
      {syncStatus && <CourseSiteRoster classId={classId} status={syncStatus} />}
      <form role="search" method="get" className={`${ui.field} ${ui.formWidth}`}>
        <label className={ui.label} htmlFor="roster-q">
          Search students by name or email
        </label>
        <div className={ui.inlineRow}>
          <input className={ui.input} id="roster-q" name="q" defaultValue={query} maxLength={100} />
          <input type="hidden" name="sort" value={sort} />
          <button className={`${ui.button} ${ui.secondary}`} type="submit">
            Search
          </button>
        </div>
      </form>
      <h2>
        Students ({students.length}){query && <> matching “{query}”</>}
      </h2>
      {students.length === 0 ? (
        <p>{query ? 'No student matches that search.' : 'No students yet — share the join code, or add students below.'}</p>
      ) : (
        <table className={`${ui.table} ${styles.stacked}`} role="table">
          <caption className="visually-hidden">Students, sorted by {SORT_LABEL[sort].toLowerCase()}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {ROSTER_SORTS.map((s) => (
                <th key={s} scope="col" role="columnheader" aria-sort={s === sort ? (descending ? 'descending' : 'ascending') : undefined}>
                  <Link href={sortHref(s)}>
                    {SORT_LABEL[s]}
                    <span aria-hidden="true">{s === sort ? (descending ? ' ↓' : ' ↑') : ''}</span>
                  </Link>
                </th>
              ))}
              <th scope="col" role="columnheader">
                Actions
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {students.map((s) => (
              <tr key={s.id} role="row">
                <th scope="row" role="rowheader">
                  {s.name}
                </th>
                <td role="cell" data-label="Email">
                  {s.email}
                </td>
                <td role="cell" data-label="Joined">
                  <LocalTime iso={s.joinedAt.toISOString()} withZone={false} />
                </td>
                <td role="cell">
                  <div className={styles.actions}>
                    <ResetLinkButton studentId={s.id} studentName={s.name} listedUnder={RESETS_HEADING} />
                    <RemoveStudentButton classId={classId} studentId={s.id} studentName={s.name} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {resets.length > 0 && (
        <section aria-labelledby="resets-heading">
          <h2 id="resets-heading">
            {RESETS_HEADING} ({resets.length})
          </h2>
          <p className={ui.muted}>Links you made; each leaves this list when it is used, expires, or is replaced by a new one.</p>
          <table className={`${ui.table} ${styles.stacked}`} role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  Student
                </th>
                <th scope="col" role="columnheader">
                  Link
                </th>
                <th scope="col" role="columnheader">
                  Expires
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {resets.map((r) => (
                <tr key={r.id} role="row">
                  <th scope="row" role="rowheader">
                    {r.user.name}
                  </th>
                  <td role="cell" data-label="Link">
                    {r.path ? <CopyableLink url={urlOf(r.path)} label={`reset link for ${r.user.name}`} /> : NOT_SHOWN}
                  </td>
                  <td role="cell" data-label="Expires">
                    <LocalTime iso={r.expiresAt.toISOString()} withZone={false} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {invites.length > 0 && (
        <section aria-labelledby="invites-heading">
          <h2 id="invites-heading">Invited, not joined yet ({invites.length})</h2>
          <p className={ui.muted}>
            {countOf(invites.length, 'personal invite link')} waiting to be used. Print them as slips on the{' '}
            <Link href={`/classes/${classId}/roster/sheet`}>join sheet</Link>.
          </p>
          <table className={`${ui.table} ${styles.stacked}`} role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  Name
                </th>
                <th scope="col" role="columnheader">
                  Email
                </th>
                <th scope="col" role="columnheader">
                  Invite link
                </th>
                <th scope="col" role="columnheader">
                  Expires
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {invites.map((i) => (
                <tr key={i.id} role="row">
                  <th scope="row" role="rowheader">
                    {i.name}
                  </th>
                  <td role="cell" data-label="Email">
                    {i.email}
                  </td>
                  <td role="cell" data-label="Invite link">
                    {i.path ? <CopyableLink url={urlOf(i.path)} label={`invite link for ${i.name}`} /> : NOT_SHOWN}
                  </td>
                  <td role="cell" data-label="Expires">
                    <LocalTime iso={i.expiresAt.toISOString()} withZone={false} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <h2>Add students</h2>
      <AddStudentsForm classId={classId} />
      <h2>Co-instructors</h2>
      <CoInstructorInvite classId={classId} />
    </>
  )
}
