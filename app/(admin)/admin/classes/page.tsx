import type { Metadata } from 'next'
import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { listAllClasses } from '@/lib/admin/list-all-classes'
import { requireRole } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'All classes' }

export default async function AllClassesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const admin = await requireRole('ADMIN')
  const query = (await searchParams).q ?? ''
  const classes = await listAllClasses({ actorId: admin.id, query })
  return (
    <>
      <h1>All classes</h1>
      <p>Every class and who teaches it. Its students’ work is open to its instructors; add yourself as one to open it fully.</p>
      <form role="search" method="get" className={`${ui.field} ${ui.formWidth}`}>
        <label className={ui.label} htmlFor="classes-q">
          Find a class by name, term or instructor
        </label>
        <div className={ui.inlineRow}>
          <input className={ui.input} id="classes-q" name="q" defaultValue={query} maxLength={100} />
          <button className={`${ui.button} ${ui.secondary}`} type="submit">
            Search
          </button>
        </div>
      </form>
      {classes.length === 0 ? (
        <p>{query ? 'No class matches that search.' : 'No classes yet.'}</p>
      ) : (
        <div className={ui.scrollX}>
          <table className={ui.table}>
            <caption className="visually-hidden">Classes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Class</th>
                <th scope="col">Term</th>
                <th scope="col">Instructors</th>
                <th scope="col" className={ui.num}>
                  Students
                </th>
                <th scope="col" className={ui.num}>
                  Assignments
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {classes.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`/admin/classes/${c.id}`}>{c.name}</Link>
                  </th>
                  <td>{c.term}</td>
                  <td>
                    {c.instructors.map((i, n) => (
                      <span key={i.id}>
                        {n > 0 && ', '}
                        <Link href={`/admin/users/${i.id}`}>{i.name}</Link>
                      </span>
                    ))}
                  </td>
                  <td className={ui.num}>{c.students}</td>
                  <td className={ui.num}>{c.assignments}</td>
                  <td>{c.archivedAt ? 'Archived' : 'Active'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
