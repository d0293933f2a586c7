import type { Metadata } from 'next'
import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { listMyClasses } from '@/lib/classes/list-my-classes'
import { InstructorInviteForm } from './instructor-invite-form'

export const metadata: Metadata = { title: 'Classes' }

export default async function ClassesPage() {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const classes = (await listMyClasses({ userId: user.id })).filter((c) => c.role === 'INSTRUCTOR')
  return (
    <div className={ui.page}>
      <h1>Classes</h1>
      {classes.length === 0 ? (
        <p>No classes yet.</p>
      ) : (
        <table className={ui.table}>
          <caption className="visually-hidden">Classes you teach</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Term</th>
              <th scope="col" className={ui.num}>
                Students
              </th>
            </tr>
          </thead>
          <tbody>
            {classes.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/classes/${c.id}`}>{c.name}</Link>
                </td>
                <td>{c.term}</td>
                <td className={ui.num}>{c.studentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Invite an instructor</h2>
      <p>Make a one-time link that lets a colleague create an instructor account. It works once, for seven days.</p>
      <InstructorInviteForm />
    </div>
  )
}
