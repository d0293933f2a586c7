import type { Metadata } from 'next'
import { AnswerKeyView } from '@/components/print/answer-key'
import { PrintToolbar } from '@/components/print/print-toolbar'
import { requireRole } from '@/lib/auth/session'
import { orNotFound } from '@/lib/http/page-params'
import { getAnswerKey } from '@/lib/print/get-answer-key'

export const metadata: Metadata = { title: 'Answer key' }

type Params = { classId: string; lessonSlug: string; setId: string }

// A question set's answer key on paper: teachers of the class only, like every other key view.
export default async function AnswerKeyPage({ params }: { params: Promise<Params> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, lessonSlug, setId } = await params
  const answerKey = await orNotFound(getAnswerKey({ userId: user.id, classId, lessonSlug, setId }))
  return (
    <>
      <PrintToolbar
        back={{ href: `/classes/${classId}`, label: 'Back to the class' }}
        others={[{ href: `/classes/${classId}/lessons/${lessonSlug}/sets/${setId}/sheet`, label: 'Question sheet' }]}
        printLabel="Print the answer key"
      />
      <AnswerKeyView answerKey={answerKey} />
    </>
  )
}
