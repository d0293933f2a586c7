import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { formatJoinCode } from '@/lib/classes/join-code'
import { getTaughtClass } from '@/lib/classes/get-taught-class'
import { ResetLinkButton } from './reset-link-button'

export const metadata: Metadata = { title: 'Class' }

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const klass = await getTaughtClass({ userId: user.id, classId })
  if (!klass) notFound()
  const students = klass.memberships.filter((m) => m.role === 'STUDENT')
  const instructors = klass.memberships.filter((m) => m.role === 'INSTRUCTOR')
  return (
    <div className={ui.page}>
      <h1>{klass.name}</h1>
      <p className={ui.muted}>
        {klass.term} · taught by {instructors.map((m) => m.user.name).join(', ')}
      </p>
      <p>
        Join code:{' '}
        {klass.joinEnabled ? <code className={ui.code}>{formatJoinCode(klass.joinCode)}</code> : <em>joining is turned off</em>}
      </p>
      <h2>Roster ({students.length})</h2>
      {students.length === 0 ? (
        <p>No students yet — share the join code.</p>
      ) : (
        <table className={ui.table}>
          <caption className="visually-hidden">Students in {klass.name}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Joined</th>
              <th scope="col">Password</th>
            </tr>
          </thead>
          <tbody>
            {students.map((m) => (
              <tr key={m.user.id}>
                <td>{m.user.name}</td>
                <td>{m.user.email}</td>
                <td>
                  <time dateTime={m.joinedAt.toISOString()}>{m.joinedAt.toISOString().slice(0, 10)}</time>
                </td>
                <td>
                  <ResetLinkButton studentId={m.user.id} studentName={m.user.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
