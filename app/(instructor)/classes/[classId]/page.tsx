import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { classOverview } from '@/lib/assignments/class-overview'
import { STATUS_LABEL, type StudentStatus } from '@/lib/assignments/student-status'
import { requireRole } from '@/lib/auth/session'
import { getClassHeader } from '@/lib/classes/get-class-header'
import { formatJoinCode } from '@/lib/classes/join-code'
import { publicUrl } from '@/lib/http/public-url'
import styles from './overview.module.css'

export const metadata: Metadata = { title: 'Class overview' }

const COLUMNS: StudentStatus[] = ['NOT_STARTED', 'READING', 'IN_PROGRESS', 'SUBMITTED', 'GRADED', 'FEEDBACK_AVAILABLE']

export default async function ClassOverviewPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const klass = await getClassHeader({ userId: user.id, classId })
  if (!klass) notFound()
  const overview = await classOverview({ userId: user.id, classId })
  const joinLink = publicUrl(`/join/${formatJoinCode(klass.joinCode)}`, await headers())
  return (
    <>
      <section aria-labelledby="join-heading" className={`${ui.card} ${styles.join}`}>
        <h2 id="join-heading">How students join</h2>
        {klass.joinEnabled && !klass.archivedAt ? (
          <p>
            Code <code className={ui.code}>{formatJoinCode(klass.joinCode)}</code> at sign-up, or the link{' '}
            <code className={ui.code}>{joinLink}</code>
          </p>
        ) : (
          <p>Joining is turned off. Turn it on in Settings.</p>
        )}
      </section>

      <div className={styles.heading}>
        <h2>Assignments</h2>
        <Link className={ui.button} href={`/classes/${classId}/assignments/new`}>
          New assignment
        </Link>
      </div>
      {overview.length === 0 ? (
        <p>No assignments yet — create one to assign the reading and its quizzes.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={ui.table}>
            <caption className="visually-hidden">Assignments and how many students are at each stage</caption>
            <thead>
              <tr>
                <th scope="col">Assignment</th>
                <th scope="col">Due</th>
                {COLUMNS.map((s) => (
                  <th key={s} scope="col" className={ui.num}>
                    {STATUS_LABEL[s]}
                  </th>
                ))}
                <th scope="col" className={ui.num}>
                  Late
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link href={`/classes/${classId}/assignments/${a.id}`}>{a.title}</Link>
                  </th>
                  <td>
                    <LocalTime iso={a.dueAt.toISOString()} />
                  </td>
                  {COLUMNS.map((s) => (
                    <td key={s} className={ui.num}>
                      {a.counts[s]}
                    </td>
                  ))}
                  <td className={ui.num}>{a.late}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {overview.map((a) => {
        const idle = a.students.filter((s) => !s.hasOpenedReading)
        return (
          <section key={a.id} aria-labelledby={`idle-${a.id}`}>
            <h3 id={`idle-${a.id}`}>
              {a.title}: {idle.length === 0 ? 'everyone has opened the reading' : `${idle.length} not opened the reading yet`}
            </h3>
            {idle.length > 0 && <p>{idle.map((s) => s.name).join(', ')}</p>}
            <p>
              <Link href={`/classes/${classId}/reading`}>Reading by student and part of the lesson</Link>
            </p>
          </section>
        )
      })}
    </>
  )
}
