import type { Metadata } from 'next'
import Link from 'next/link'
import { SetSwitcher } from '@/components/review/analysis/set-switcher'
import { QuestionTable } from '@/components/review/gradebook/question-table'
import styles from '@/components/review/gradebook/gradebook.module.css'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { orNotFound, searchParam } from '@/lib/http/page-params'
import { getQuestionGradebook } from '@/lib/review/question-gradebook'
import { countOf } from '@/lib/text/count-of'

export const metadata: Metadata = { title: 'Gradebook by question' }

export default async function QuestionGradebookPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; assignmentId: string }>
  searchParams: Promise<{ set?: string }>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, assignmentId } = await params
  const { set } = await searchParams
  const book = await orNotFound(
    getQuestionGradebook({
      userId: user.id,
      classId,
      assignmentId,
      questionSetId: searchParam(set, 100),
    }),
  )
  const toGrade = book.questions.reduce((n, q) => n + (q.isHandGraded ? q.awaiting : 0), 0)
  return (
    <>
      <nav aria-label="Gradebook" className={ui.linkRow}>
        <Link href={`/classes/${classId}/gradebook`}>← Gradebook</Link>
        <Link href={`/classes/${classId}/assignments/${assignmentId}/grade`}>Grading</Link>
        <Link href={`/classes/${classId}/assignments/${assignmentId}/analysis`}>Item analysis</Link>
      </nav>
      <h2>
        {book.assignment.title}: scores by question
        {book.sets.length > 1 && <span className={styles.outOf}>{book.set.title}</span>}
      </h2>
      <SetSwitcher sets={book.sets} current={book.set.id} />
      <p className={styles.legend}>
        Each student’s latest submitted attempt at {book.set.title}, question by question, before any late penalty (the total is after it).
        Questions are numbered as in the quiz file. Answers graded by you link to the grading screen
        {toGrade > 0 ? `; ${countOf(toGrade, 'answer')} still to grade.` : '.'}
      </p>
      {book.isAnonymous ? (
        <p>
          Scores stay hidden beside names while this assignment is graded anonymously; they appear here when grading is marked finished.
        </p>
      ) : book.rows.length === 0 ? (
        <p>No students yet — share the join code from the Overview tab, or add students on the Roster tab.</p>
      ) : (
        <QuestionTable caption={`Scores by student and question, ${book.set.title}`} classId={classId} book={book} />
      )}
    </>
  )
}
