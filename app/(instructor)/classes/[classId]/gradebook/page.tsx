import type { Metadata } from 'next'
import Link from 'next/link'
import { gradebookHref } from '@/components/review/gradebook/gradebook-href'
import { GradebookTable } from '@/components/review/gradebook/gradebook-table'
import { StudentSearch } from '@/components/review/gradebook/student-search'
import { PageLinks } from '@/components/ui/page-links'
import styles from '@/components/review/gradebook/gradebook.module.css'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { orNotFound, searchParam } from '@/lib/http/page-params'
import { getGradebookPage } from '@/lib/review/gradebook'
import { countOf } from '@/lib/text/count-of'

export const metadata: Metadata = { title: 'Gradebook' }

export default async function GradebookPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>
  searchParams: Promise<{ sort?: string; dir?: string; q?: string; page?: string }>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const query = await searchParams
  const search = searchParam(query.q, 100) ?? ''
  const book = await orNotFound(getGradebookPage({ userId: user.id, classId, query, search }))
  const { sort, shown } = book
  const view = { sort, search }
  const base = `/classes/${classId}/gradebook`
  const sortedBy = sort.key === 'name' ? 'name' : `score on ${book.assignments.find((a) => a.id === sort.key)?.title}`
  return (
    <>
      <h2>Gradebook</h2>
      <p className={styles.legend}>
        {countOf(book.studentCount, 'student')} · {countOf(book.assignments.length, 'assignment')}. Each score adds up the latest submitted
        attempt at each quiz, after any late penalty; “provisional” means an answer still awaits grading. The class summary counts current
        students with a score; reading time is what the lesson reader recorded while the page was open and in use.
      </p>
      <div className={styles.actions}>
        <a className={`${ui.button} ${ui.secondary}`} href={`${base}/gradebook.csv`} download>
          Download gradebook (CSV)
        </a>
        <a className={`${ui.button} ${ui.secondary}`} href={`${base}/responses.csv`} download>
          Download all responses (CSV)
        </a>
        <a className={`${ui.button} ${ui.secondary}`} href={`${base}/canvas.csv`} download>
          For Canvas (gradebook import)
        </a>
        <a className={`${ui.button} ${ui.secondary}`} href={`${base}/moodle.csv`} download>
          For Moodle (grade import)
        </a>
      </div>
      <p className={styles.legend}>
        The Canvas and Moodle files are laid out for their gradebook imports and hold current students’ final scores only: while quizzes are
        still to take or answers to grade, a cell is empty for Canvas and “-” (no grade) for Moodle, never 0.
      </p>
      {book.assignments.some((a) => a.isAnonymous) && (
        <p className={styles.legend}>
          Assignments graded anonymously show no scores here, and are left out of the responses file, until grading is marked finished.
        </p>
      )}
      {book.assignments.length === 0 ? (
        <p>
          No assignments yet — <Link href={`/classes/${classId}/assignments/new`}>create one</Link> and scores will appear here as students
          submit.
        </p>
      ) : book.studentCount === 0 ? (
        <p>No students yet — share the join code from the Overview tab, or add students on the Roster tab.</p>
      ) : (
        <>
          <StudentSearch view={view} found={book.found} total={book.studentCount} />
          {book.found > 0 && (
            <GradebookTable
              caption={`Scores by student and assignment, sorted by ${sortedBy} (${sort.descending ? 'descending' : 'ascending'})`}
              assignments={book.assignments}
              rows={shown.items}
              view={view}
              summaries={book.summaries}
              lessons={book.lessons}
              questionsBase={base}
            />
          )}
          <PageLinks page={shown} hrefFor={(n) => gradebookHref(view, n)} label="Pages of students" />
        </>
      )}
      {book.removed.length > 0 && (
        <>
          <h3>Removed from the class</h3>
          <p className={styles.legend}>Their work is kept, and left out of the class mean and of item analysis.</p>
          <GradebookTable
            caption="Scores of students removed from the class"
            assignments={book.assignments}
            rows={book.removed}
            lessons={book.lessons}
          />
        </>
      )}
    </>
  )
}
