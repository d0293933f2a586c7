import Link from 'next/link'
import { gradeResponseHref } from '@/components/review/grading/response-href'
import { formatPoints } from '@/lib/quiz/points'
import type { QuestionCell, QuestionGradebook } from '@/lib/review/question-gradebook'
import { describeSummary } from '@/lib/review/score-summary'
import styles from './gradebook.module.css'
import { questionLabel } from '@/lib/quiz/question-number'

interface Props {
  caption: string
  classId: string
  book: QuestionGradebook
}

/** What a cell says: the score, or in words why there is none (never colour alone). */
function cellText(cell: QuestionCell): { main: string; note?: string } {
  if (cell.state === 'not-submitted') return { main: '—', note: 'not submitted' }
  if (cell.state === 'awaiting') return { main: 'to grade' }
  if (cell.state === 'unanswered') return { main: formatPoints(cell.score ?? 0), note: 'unanswered' }
  return { main: formatPoints(cell.score ?? 0) }
}

/**
 * Score per question per student for one quiz. Hand-graded cells of a submitted attempt link to
 * that response on the grade-by-student screen, whether it is graded yet or not.
 */
export function QuestionTable({ caption, classId, book }: Props) {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            {book.questions.map((q) => (
              <th key={q.id} scope="col" className={styles.num}>
                {questionLabel(q.number)}{' '}
                <span className={styles.outOf}>
                  {q.type}
                  {q.isHandGraded ? ', graded by you' : ''}
                </span>{' '}
                <span className={styles.outOf}>out of {formatPoints(q.points)}</span>
              </th>
            ))}
            <th scope="col" className={styles.num}>
              Total <span className={styles.outOf}>after any late penalty</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {book.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" title={row.email}>
                {row.name}
              </th>
              {book.questions.map((q) => {
                const cell = row.cells[q.id]
                const { main, note } = cellText(cell)
                const href =
                  q.isHandGraded && row.attemptId
                    ? gradeResponseHref({ classId, assignmentId: book.assignment.id, attemptId: row.attemptId, questionId: q.id })
                    : null
                return (
                  <td key={q.id} className={styles.num}>
                    {href ? (
                      <Link href={href} className={cell.state === 'awaiting' ? styles.flagged : undefined}>
                        {main}
                        <span className="visually-hidden">
                          {' '}
                          — {cell.state === 'awaiting' ? 'grade' : 'open'} {row.name}’s answer to {questionLabel(q.number)}
                        </span>
                      </Link>
                    ) : (
                      <span className={cell.state === 'not-submitted' ? styles.empty : undefined}>{main}</span>
                    )}
                    {note && <span className={styles.notes}>{note}</span>}
                  </td>
                )
              })}
              <td className={styles.num}>
                {row.total === null ? <span className={styles.empty}>—</span> : formatPoints(row.total)}
                {row.latePenaltyPercent > 0 && <span className={styles.notes}>late (−{row.latePenaltyPercent}%)</span>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Class summary</th>
            {book.questions.map((q) => (
              <td key={q.id} className={styles.num}>
                {describeSummary(q.summary, 'with a score').map((line) => (
                  <span key={line} className={styles.summaryLine}>
                    {line}
                  </span>
                ))}
                {q.awaiting > 0 && <span className={`${styles.summaryLine} ${styles.flagged}`}>{q.awaiting} to grade</span>}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
