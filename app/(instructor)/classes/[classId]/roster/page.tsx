import type { Metadata } from 'next'
import Link from 'next/link'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { listRoster, ROSTER_SORTS, type RosterSort } from '@/lib/classes/list-roster'
import { AddStudentsForm } from './add-students-form'
import { CoInstructorInvite } from './co-instructor-invite'
import { RemoveStudentButton } from './remove-student-button'
import { ResetLinkButton } from './reset-link-button'

export const metadata: Metadata = { title: 'Roster' }

const SORT_LABEL: Record<RosterSort, string> = { name: 'Name', email: 'Email', joined: 'Joined' }

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
  const sortHref = (s: RosterSort) =>
    `?${new URLSearchParams({ ...(query ? { q: query } : {}), sort: s, dir: s === sort && !descending ? 'desc' : 'asc' })}`
  return (
    <>
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
        <div className={ui.scrollX}>
          <table className={ui.table}>
            <caption className="visually-hidden">Students, sorted by {SORT_LABEL[sort].toLowerCase()}</caption>
            <thead>
              <tr>
                {ROSTER_SORTS.map((s) => (
                  <th key={s} scope="col" aria-sort={s === sort ? (descending ? 'descending' : 'ascending') : undefined}>
                    <Link href={sortHref(s)}>
                      {SORT_LABEL[s]}
                      <span aria-hidden="true">{s === sort ? (descending ? ' ↓' : ' ↑') : ''}</span>
                    </Link>
                  </th>
                ))}
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{s.email}</td>
                  <td>
                    <LocalTime iso={s.joinedAt.toISOString()} withZone={false} />
                  </td>
                  <td>
                    <ResetLinkButton studentId={s.id} studentName={s.name} />
                    <RemoveStudentButton classId={classId} studentId={s.id} studentName={s.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Add students</h2>
      <AddStudentsForm classId={classId} />
      <h2>Co-instructors</h2>
      <CoInstructorInvite classId={classId} />
    </>
  )
}
