import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AssignmentForm } from '@/components/assignments/assignment-form'
import { newAssignmentValues } from '@/components/assignments/new-assignment-values'
import Link from 'next/link'
import { listLessons } from '@/lib/content/catalog'
import { requireRole } from '@/lib/auth/session'
import { getClassHeader } from '@/lib/classes/get-class-header'
import { createAssignmentAction } from '../../actions'

export const metadata: Metadata = { title: 'New assignment' }

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
        values={newAssignmentValues(catalog, new Date())}
      />
    </>
  )
}
