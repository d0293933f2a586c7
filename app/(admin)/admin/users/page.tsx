import type { Metadata } from 'next'
import Link from 'next/link'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { findUsers } from '@/lib/admin/find-users'
import { requireRole } from '@/lib/auth/session'
import { ROLE_LABEL } from '../role-label'

export const metadata: Metadata = { title: 'Users' }

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const admin = await requireRole('ADMIN')
  const search = await searchParams
  const query = search.q ?? ''
  const { users, total, page, pageCount } = await findUsers({ actorId: admin.id, query, page: Number(search.page) || 1 })
  const pageHref = (n: number) => `?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(n) })}`
  return (
    <>
      <h1>Users</h1>
      <form role="search" method="get" className={`${ui.field} ${ui.formWidth}`}>
        <label className={ui.label} htmlFor="users-q">
          Find a user by name or email
        </label>
        <div className={ui.inlineRow}>
          <input className={ui.input} id="users-q" name="q" defaultValue={query} maxLength={100} />
          <button className={`${ui.button} ${ui.secondary}`} type="submit">
            Search
          </button>
        </div>
      </form>
      <h2>
        {total} {total === 1 ? 'account' : 'accounts'}
        {query && <> matching “{query}”</>}
      </h2>
      {users.length === 0 ? (
        <p>No account matches that search. Try part of the name or the email.</p>
      ) : (
        <div className={ui.scrollX}>
          <table className={ui.table}>
            <caption className="visually-hidden">Accounts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <Link href={`/admin/users/${u.id}`}>{u.name}</Link>
                  </th>
                  <td>{u.email}</td>
                  <td>{ROLE_LABEL[u.role]}</td>
                  <td>{u.deactivatedAt ? 'Deactivated' : 'Active'}</td>
                  <td>
                    <LocalTime iso={u.createdAt.toISOString()} withZone={false} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages of accounts" className={ui.pager}>
          <span>
            Page {page} of {pageCount}
          </span>
          {page > 1 && <Link href={pageHref(page - 1)}>Previous page</Link>}
          {page < pageCount && <Link href={pageHref(page + 1)}>Next page</Link>}
        </nav>
      )}
    </>
  )
}
