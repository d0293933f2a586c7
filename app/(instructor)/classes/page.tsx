import type { Metadata } from 'next'
import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { listTaughtClasses } from '@/lib/classes/list-taught-classes'
import { CreateClassForm } from './create-class-form'
import { InstructorInviteForm } from './instructor-invite-form'

export const metadata: Metadata = { title: 'Classes' }

type Row = Awaited<ReturnType<typeof listTaughtClasses>>[number]

function ClassTable({ classes, caption }: { classes: Row[]; caption: string }) {
  return (
    <div className={ui.scrollX}>
      <table className={ui.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">Term</th>
            <th scope="col" className={ui.num}>
              Students
            </th>
            <th scope="col" className={ui.num}>
              Assignments
            </th>
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={`/classes/${c.id}`}>{c.name}</Link>
              </th>
              <td>{c.term}</td>
              <td className={ui.num}>{c.studentCount}</td>
              <td className={ui.num}>{c.assignmentCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export default async function ClassesPage() {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const classes = await listTaughtClasses({ userId: user.id })
  const active = classes.filter((c) => !c.archivedAt)
  const archived = classes.filter((c) => c.archivedAt)
  return (
    <div className={ui.page}>
      <h1>Classes</h1>
      {active.length === 0 ? <p>No classes yet — create one below.</p> : <ClassTable classes={active} caption="Classes you teach" />}
      {archived.length > 0 && (
        <details>
          <summary>Archived classes ({archived.length})</summary>
          <ClassTable classes={archived} caption="Archived classes" />
        </details>
      )}
      <h2>Create a class</h2>
      <CreateClassForm />
      <h2>Invite an instructor</h2>
      <p>Make a one-time link that lets a colleague create an instructor account. It works once, for seven days.</p>
      <InstructorInviteForm />
    </div>
  )
}
