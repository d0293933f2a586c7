import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AssignmentForm } from '@/components/assignments/assignment-form'
import Link from 'next/link'
import { listLessons } from '@/lib/content/catalog'
import { requireRole } from '@/lib/auth/session'
import { getClassHeader } from '@/lib/classes/get-class-header'
import { createAssignmentAction } from '../../actions'

export const metadata: Metadata = { title: 'New assignment' }

const DAY = 86_400_000

/** A sensible start: open now (from the top of this hour), due a week later at 23:00 UTC. */
function defaultDates(now: Date) {
  const opens = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000)
  const due = new Date(opens.getTime() + 7 * DAY)
  due.setUTCHours(23, 0, 0, 0)
  return { opens, due }
}

export default async function NewAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>
  searchParams: Promise<{ lesson?: string }>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  if (!(await getClassHeader({ userId: user.id, classId }))) notFound()
  // The lesson comes from the lesson list: the one named by ?lesson=, else the first.
  const lessons = await listLessons()
  const { lesson } = await searchParams
  const catalog = lessons.find((l) => l.slug === lesson) ?? lessons[0]
  if (!catalog) notFound()
  const { opens, due } = defaultDates(new Date())
  return (
    <>
      <h2>New assignment</h2>
      {lessons.length > 1 && (
        <nav aria-label="Lesson">
          <p>
            Lesson:{' '}
            {lessons.map((l, i) => (
              <span key={l.slug}>
                {i > 0 && ' · '}
                {l.slug === catalog.slug ? (
                  <strong aria-current="page">{l.title}</strong>
                ) : (
                  <Link href={`/classes/${classId}/assignments/new?lesson=${l.slug}`}>{l.title}</Link>
                )}
              </span>
            ))}
          </p>
        </nav>
      )}
      <AssignmentForm
        action={createAssignmentAction}
        hidden={{ classId }}
        catalog={catalog}
        submitLabel="Create assignment"
        values={{
          title: 'Reading and comprehension quiz',
          lessonSlug: catalog.slug,
          requiredParts: ['record'],
          questionSetIds: catalog.questionSets.filter((s) => s.id === 'comprehension').map((s) => s.id),
          opensAt: opens.toISOString(),
          dueAt: due.toISOString(),
          lateCutoffAt: null,
          latePolicy: 'CLOSE',
          latePenaltyPercentPerDay: 0,
          attemptsAllowed: 1,
          timeLimitMinutes: null,
          feedbackRelease: 'AFTER_DUE',
          answerKeyRelease: 'AFTER_LAST_ATTEMPT_OR_CLOSE',
        }}
      />
    </>
  )
}
