import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import ui from '@/components/ui/ui.module.css'
import { getClassEntry } from '@/lib/admin/list-all-classes'
import { requireRole } from '@/lib/auth/session'
import { countOf } from '@/lib/text/count-of'
import { JoinClassForm } from '../../account-forms'

export const metadata: Metadata = { title: 'Class' }

export default async function AdminClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const admin = await requireRole('ADMIN')
  const { classId } = await params
  const klass = await getClassEntry({ actorId: admin.id, classId: classId.slice(0, 64) })
  if (!klass) notFound()
  return (
    <>
      <h1>{klass.name}</h1>
      <p className={ui.muted}>
        {klass.term} · {countOf(klass.students, 'student')} · {countOf(klass.assignments, 'assignment')}
        {klass.archivedAt && <strong> · Archived</strong>}
      </p>
      <h2>Instructors</h2>
      <ul>
        {klass.instructors.map((i) => (
          <li key={i.id}>
            <Link href={`/admin/users/${i.id}`}>{i.name}</Link> ({i.email})
          </li>
        ))}
      </ul>
      <h2>Open the class</h2>
      {klass.isTaughtByMe ? (
        <p>
          You are one of its instructors: <Link href={`/classes/${klass.id}`}>open the class</Link>.
        </p>
      ) : (
        <>
          <p>
            Its roster, gradebook and students’ work are open to its instructors only. To work in it — to help with grading, or to take it
            over — add yourself as an instructor: its other instructors will see your name in the class header, and it is recorded in the
            audit log.
          </p>
          <JoinClassForm classId={klass.id} />
        </>
      )}
    </>
  )
}
