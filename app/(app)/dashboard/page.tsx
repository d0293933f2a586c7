import type { Metadata } from 'next'
import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { requireUser } from '@/lib/auth/session'
import { listMyClasses } from '@/lib/classes/list-my-classes'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage() {
  const user = await requireUser()
  const classes = await listMyClasses({ userId: user.id })
  const isInstructor = user.role !== 'STUDENT'
  return (
    <div className={ui.page}>
      <h1>Welcome, {user.name}</h1>
      <section aria-labelledby="classes-heading" className={ui.stack}>
        <h2 id="classes-heading">Your classes</h2>
        {classes.length === 0 ? (
          <p>
            {isInstructor ? (
              <>
                No classes yet — <Link href="/classes">go to Classes</Link> to see or create one.
              </>
            ) : (
              'You have not joined a class yet. Ask your instructor for a join code or link.'
            )}
          </p>
        ) : (
          <ul>
            {classes.map((c) => (
              <li key={c.id}>
                {c.role === 'INSTRUCTOR' ? <Link href={`/classes/${c.id}`}>{c.name}</Link> : <strong>{c.name}</strong>}{' '}
                <span className={ui.muted}>
                  · {c.term}
                  {c.role === 'INSTRUCTOR' ? ` · ${c.studentCount} students · you teach this class` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">The reading</h2>
        <p>
          <Link href="/lessons/batmunkh-kim-1986">Record of Conversation between J. Batmunkh and Kim Il Sung, November 1986</Link> — the
          annotated document, its context essays, glossary, timeline and map.
        </p>
      </section>
    </div>
  )
}
