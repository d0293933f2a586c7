import type { Metadata } from 'next'
import { PrintToolbar } from '@/components/print/print-toolbar'
import { QuestionSheetView } from '@/components/print/question-sheet'
import { requireRole } from '@/lib/auth/session'
import { orNotFound } from '@/lib/http/page-params'
import { getQuestionSheet } from '@/lib/print/get-question-sheet'

export const metadata: Metadata = { title: 'Question sheet' }

type Params = { classId: string; lessonSlug: string; setId: string }

// A question set on paper, without keys (the key is its own page): teachers of the class only.
export default async function QuestionSheetPage({ params }: { params: Promise<Params> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, lessonSlug, setId } = await params
  const sheet = await orNotFound(getQuestionSheet({ userId: user.id, classId, lessonSlug, setId }))
  return (
    <>
      <PrintToolbar
        back={{ href: `/classes/${classId}`, label: 'Back to the class' }}
        others={[{ href: `/classes/${classId}/lessons/${lessonSlug}/sets/${setId}/key`, label: 'Answer key' }]}
        printLabel="Print the question sheet"
      />
      <QuestionSheetView sheet={sheet} />
    </>
  )
}
