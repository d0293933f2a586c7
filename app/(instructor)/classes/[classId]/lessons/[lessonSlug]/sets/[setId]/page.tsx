import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ExportPanel } from '@/components/exports/export-panel'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { formatReports } from '@/lib/exports/download-formats'
import { taughtSetExport } from '@/lib/exports/taught-export'
import { isAppError } from '@/lib/errors'
import { formatPoints } from '@/lib/quiz/points'
import { SKILL_LABELS } from '@/lib/quiz/types/shared'

export const metadata: Metadata = { title: 'Question set' }

// A question set as its instructor sees it outside a quiz: its questions at a glance, and the ways
// to take it elsewhere — print (sheet, key, the record) and the export formats.
export default async function QuestionSetPage({ params }: { params: Promise<{ classId: string; lessonSlug: string; setId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, lessonSlug, setId } = await params
  const taught = await taughtSetExport({ userId: user.id, classId, lessonSlug, setId }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  const [section] = taught.input.sections
  const base = `/classes/${classId}/lessons/${lessonSlug}/sets/${setId}`
  const reports = await formatReports(taught.input)
  const total = section.questions.reduce((sum, q) => sum + q.points, 0)
  return (
    <>
      <h2>{section.title}</h2>
      <p className={ui.muted}>
        {section.questions.length} questions · {formatPoints(total)} points · from “{taught.input.lesson.info.title}”
      </p>

      <section aria-labelledby="print-heading">
        <h3 id="print-heading">Print</h3>
        <ul>
          <li>
            <Link href={`${base}/sheet`}>Question sheet</Link>: the questions with space to answer, no answers.
          </li>
          <li>
            <Link href={`${base}/key`}>Answer key</Link>: right answers, feedback, explanations and rubrics — for you, not for students.
          </li>
          <li>
            <Link href={`/classes/${classId}/lessons/${lessonSlug}/handout`}>Record handout</Link>: the document with numbered paragraphs,
            notes, citation and glossary.
          </li>
        </ul>
      </section>

      <section aria-labelledby="export-heading">
        <h3 id="export-heading">Export the questions</h3>
        <p>Each file says what its format could not hold; so does the list below, before you download.</p>
        <ExportPanel reports={reports} hrefOf={(format) => `${base}/export/${format}`} />
      </section>

      <section aria-labelledby="questions-heading">
        <h3 id="questions-heading">Questions</h3>
        <ol>
          {section.questions.map((q) => (
            <li key={q.id}>
              {q.prompt}{' '}
              <span className={ui.muted}>
                ({SKILL_LABELS[q.skill]}, {formatPoints(q.points)} {q.points === 1 ? 'point' : 'points'})
              </span>
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}
