import type { Metadata } from 'next'
import Link from 'next/link'
import { StudentAssignmentList } from '@/components/assignments/student-assignment-list'
import { JoinClassForm } from '@/components/classes/join-class-form'
import { joinClassAction } from '@/app/(app)/join/actions'
import { Alert } from '@/components/ui/alert'
import ui from '@/components/ui/ui.module.css'
import { listStudentAssignments } from '@/lib/assignments/list-student-assignments'
import { requireUser } from '@/lib/auth/session'
import { listMyClasses } from '@/lib/classes/list-my-classes'
import { listLessons } from '@/lib/content/catalog'
import { lessonPath } from '@/lib/content/paths'
import { countOf } from '@/lib/text/count-of'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const user = await requireUser()
  const { joined } = await searchParams
  const now = new Date()
  const lessons = await listLessons()
  const [classes, assignments] = await Promise.all([
    listMyClasses({ userId: user.id }),
    user.role === 'STUDENT' ? listStudentAssignments({ userId: user.id, now }) : [],
  ])
  const taught = classes.filter((c) => c.role === 'INSTRUCTOR')
  const enrolled = classes.filter((c) => c.role === 'STUDENT')
  return (
    <div className={ui.page}>
      <h1>Welcome, {user.name}</h1>
      {joined && <Alert kind="success">You joined {joined.slice(0, 120)}.</Alert>}

      {user.role === 'STUDENT' && (
        <section aria-labelledby="due-heading">
          <h2 id="due-heading">Your assignments</h2>
          {assignments.length === 0 ? (
            <p>
              {enrolled.length
                ? 'Nothing assigned yet. Your instructor’s assignments will appear here.'
                : 'Join a class to see its assignments.'}
            </p>
          ) : (
            <StudentAssignmentList assignments={assignments} now={now} />
          )}
        </section>
      )}

      {taught.length > 0 && (
        <section aria-labelledby="teach-heading">
          <h2 id="teach-heading">Classes you teach</h2>
          <ul>
            {taught.map((c) => (
              <li key={c.id}>
                <Link href={`/classes/${c.id}`}>{c.name}</Link>{' '}
                <span className={ui.muted}>
                  · {c.term} · {countOf(c.studentCount, 'student')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {user.role !== 'STUDENT' && taught.length === 0 && (
        <p>
          No classes yet — <Link href="/classes">create one</Link>.
        </p>
      )}

      {user.role === 'STUDENT' && (
        <section aria-labelledby="classes-heading">
          <h2 id="classes-heading">Your classes</h2>
          {enrolled.length > 0 && (
            <ul>
              {enrolled.map((c) => (
                <li key={c.id}>
                  {c.name} <span className={ui.muted}>· {c.term}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>Join a class</h3>
          <JoinClassForm joinAction={joinClassAction} />
        </section>
      )}

      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">The reading</h2>
        {lessons.map((lesson) => (
          <p key={lesson.slug}>
            <Link href={lessonPath(lesson.slug)}>{lesson.title}</Link> — the annotated document, its context essays, glossary, timeline and
            map.
          </p>
        ))}
      </section>
    </div>
  )
}
