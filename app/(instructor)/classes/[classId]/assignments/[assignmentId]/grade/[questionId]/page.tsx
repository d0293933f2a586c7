import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import grading from '@/components/review/grading/grading.module.css'
import { QuestionGrader } from '@/components/review/grading/question-grader'
import { ResponseFilters } from '@/components/review/grading/response-filters'
import { RescoreTools } from '@/components/review/grading/rescore-tools'
import { requireRole } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { recordSentences } from '@/lib/content/record'
import { answerAsLines } from '@/lib/review/readable-answer'
import { listQuestionResponses } from '@/lib/review/grading/list-question-responses'
import { countOf } from '@/lib/text/count-of'

export const metadata: Metadata = { title: 'Grade by question' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function GradeQuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; assignmentId: string; questionId: string }>
  searchParams: SearchParams
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, assignmentId, questionId } = await params
  const query = await searchParams
  const options = {
    isGrouped: query.group === '1',
    onlyUngraded: query.show === 'ungraded',
    page: typeof query.page === 'string' ? query.page : undefined,
  }
  const data = await listQuestionResponses({ userId: user.id, assignmentId, questionId: questionId.slice(0, 60), page: options }).catch(
    (e) => (isAppError(e) ? null : Promise.reject(e)),
  )
  if (!data || data.assignment.classId !== classId) notFound()
  const { question, shown } = data
  const view = {
    path: `/classes/${classId}/assignments/${assignmentId}/grade/${question.id}`,
    isGrouped: options.isGrouped,
    onlyUngraded: options.onlyUngraded,
  }
  // Answers are described here, so the browser gets each answer's lines rather than the whole record's sentences.
  const sentences = await recordSentences(data.assignment.lessonSlug)
  const described = { ...shown, items: shown.items.map((row) => ({ ...row, lines: answerAsLines(question, row.answer, sentences) })) }
  return (
    <>
      <p>
        <Link href={`/classes/${classId}/assignments/${assignmentId}/grade`}>← Grading</Link>
      </p>
      <h2>
        Grade by question: Q{data.number} · {countOf(question.points, 'point')}
      </h2>
      <p className={grading.prompt}>{question.prompt}</p>
      <RescoreTools assignmentId={assignmentId} questionId={question.id} rubric={data.rubric} />
      <ResponseFilters view={view} shown={shown} />
      <QuestionGrader
        assignmentId={assignmentId}
        setId={data.setId}
        question={question}
        rubric={data.rubric}
        shown={described}
        view={view}
      />
    </>
  )
}
