import type { Metadata } from 'next'
import { PrintToolbar } from '@/components/print/print-toolbar'
import { RecordHandoutView } from '@/components/print/record-handout'
import { requireRole } from '@/lib/auth/session'
import { orNotFound } from '@/lib/http/page-params'
import { getRecordHandout } from '@/lib/print/get-record-handout'

export const metadata: Metadata = { title: 'Record handout' }

// The record on paper, for students without a device and for exams: teachers of the class only.
export default async function RecordHandoutPage({ params }: { params: Promise<{ classId: string; lessonSlug: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, lessonSlug } = await params
  const handout = await orNotFound(getRecordHandout({ userId: user.id, classId, lessonSlug }))
  return (
    <>
      <PrintToolbar back={{ href: `/classes/${classId}`, label: 'Back to the class' }} printLabel="Print the handout" />
      <RecordHandoutView handout={handout} />
    </>
  )
}
