import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AssignmentForm } from '@/components/assignments/assignment-form'
import { newAssignmentValues } from '@/components/assignments/new-assignment-values'
import { requireRole } from '@/lib/auth/session'
import { listLessons } from '@/lib/content/catalog'
import { isAppError } from '@/lib/errors'
import { openDeepLinkRequest } from '@/lib/lti/deep-linking/deep-link-request'
import { addToCourseAction } from './actions'

export const metadata: Metadata = { title: 'Add a Lectern reading to your course' }

/**
 * Deep linking: the instructor chose "add Lectern" in their course site. They pick the reading parts
 * and quizzes here, with every setting of a Lectern assignment; the course site then gets a link
 * and a gradebook column for it.
 */
export default async function DeepLinkPage({ params }: { params: Promise<{ requestId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { requestId } = await params
  let opened
  try {
    opened = await openDeepLinkRequest({ userId: user.id, requestId })
  } catch (error) {
    if (isAppError(error) && error.code === 'EXPIRED') return <p role="alert">{error.message}</p>
    notFound()
  }
  const catalog = (await listLessons())[0]
  if (!catalog) notFound()
  return (
    <>
      <h1>Add a Lectern reading to {opened.className}</h1>
      <p>
        Choose what students read and which quizzes they take. {opened.platform.name} gets a link to it and a gradebook column; scores are
        sent there as they are released to students.
      </p>
      <AssignmentForm
        action={addToCourseAction}
        hidden={{ requestId }}
        catalog={catalog}
        submitLabel={`Add to ${opened.platform.name}`}
        values={newAssignmentValues(catalog, new Date())}
      />
    </>
  )
}
