import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { isHandGraded } from '@/lib/quiz/types'
import { gradingOverview } from '@/lib/review/grading/grading-overview'
import { ClassReleaseControls, GradingModeForm, ReleaseForm, ResolveRegradeForm } from './grading-forms'
import { formatPoints } from '@/lib/quiz/points'

export const metadata: Metadata = { title: 'Grading' }

export default async function GradingHomePage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, assignmentId } = await params
  const overview = await gradingOverview({ userId: user.id, assignmentId }).catch((e) => (isAppError(e) ? null : Promise.reject(e)))
  if (!overview || overview.assignment.classId !== classId) notFound()
  const { assignment, sets, attempts, regradeRequests, isAnonymous, audience } = overview
  const base = `/classes/${classId}/assignments/${assignmentId}`
  const open = regradeRequests.filter((r) => !r.resolvedAt)
  return (
    <>
      <p>
        <Link href={base}>← {assignment.title}</Link>
      </p>
      <h2>Grading: {assignment.title}</h2>

      <section aria-labelledby="release-heading" className={ui.card}>
        <h3 id="release-heading" className={ui.flushTop}>
          Feedback release
        </h3>
        <p>
          {assignment.feedbackReleasedAt ? (
            <>
              Released to the whole class <LocalTime iso={assignment.feedbackReleasedAt.toISOString()} />.
            </>
          ) : assignment.feedbackWithdrawnAt ? (
            <>
              Withdrawn <LocalTime iso={assignment.feedbackWithdrawnAt.toISOString()} />: students see that you withdrew the feedback until
              you release it again.
            </>
          ) : assignment.feedbackRelease === 'MANUAL' ? (
            'Students see scores, answers and comments only when you release them.'
          ) : assignment.feedbackRelease === 'ON_SUBMIT' ? (
            'Students see results as soon as they submit; comments appear as you write them.'
          ) : (
            'Students see results after the due date; you can release earlier.'
          )}
        </p>
        <ClassReleaseControls assignmentId={assignment.id} submitted={audience.submitted} seeing={audience.seeing} />
        <GradingModeForm
          assignmentId={assignment.id}
          isAnonymous={assignment.anonymousGrading}
          isFinished={Boolean(assignment.gradingFinishedAt)}
        />
      </section>

      <h3>Grade by question</h3>
      {sets.map((set) => (
        <div key={set.id} className={ui.scrollX}>
          <table className={ui.table}>
            <caption>{set.title}</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Type</th>
                <th scope="col" className={ui.num}>
                  Answers
                </th>
                <th scope="col" className={ui.num}>
                  Awaiting grade
                </th>
              </tr>
            </thead>
            <tbody>
              {set.questions.map((q) => (
                <tr key={q.id}>
                  <th scope="row">
                    <Link href={`${base}/grade/${q.id}`}>
                      {q.number}. {q.prompt.length > 90 ? `${q.prompt.slice(0, 90)}…` : q.prompt}
                    </Link>
                  </th>
                  <td>{isHandGraded(q.type) ? `${q.type} (graded by you)` : q.type}</td>
                  <td className={ui.num}>{q.answered}</td>
                  <td className={ui.num}>{q.awaiting ? <strong>{q.awaiting}</strong> : '0'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}

      <h3>Grade by student{isAnonymous && ' (names hidden)'}</h3>
      {attempts.length === 0 ? (
        <p>No submitted attempts yet.</p>
      ) : (
        <div className={ui.scrollX}>
          <table className={ui.table}>
            <caption className="visually-hidden">Submitted attempts</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Quiz</th>
                <th scope="col" className={ui.num}>
                  Score
                </th>
                <th scope="col">State</th>
                <th scope="col">Release</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link href={`${base}/grade/attempt/${a.id}`}>{a.studentLabel}</Link>
                  </th>
                  <td>
                    {sets.find((s) => s.id === a.questionSetId)?.title ?? a.questionSetId} · attempt {a.number}
                  </td>
                  <td className={ui.num}>
                    {formatPoints(a.score ?? 0)} / {formatPoints(a.maxScore ?? 0)}
                    {a.latePenaltyPercent > 0 && ` (−${a.latePenaltyPercent}% late)`}
                  </td>
                  <td>{a.isScoreFinal ? 'Graded' : 'Awaiting grading'}</td>
                  <td>
                    {a.feedbackReleasedAt || assignment.feedbackReleasedAt ? (
                      'Released'
                    ) : a.studentId ? (
                      <ReleaseForm assignmentId={assignment.id} studentId={a.studentId} label={`Release to ${a.studentLabel}`} compact />
                    ) : (
                      'Not released'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Regrade requests ({open.length} open)</h3>
      {regradeRequests.length === 0 ? (
        <p>No student has asked about a grade.</p>
      ) : (
        <ul className={`${ui.stack} ${ui.plainList}`}>
          {regradeRequests.map((r) => (
            <li key={r.id} className={ui.card}>
              <p>
                <strong>{r.studentLabel}</strong> asked <LocalTime iso={r.createdAt.toISOString()} />:
              </p>
              <p className={ui.asTyped}>{r.message}</p>
              <p>
                <Link href={`${base}/grade/attempt/${r.attempt.id}`}>Open the attempt to change a grade</Link>
              </p>
              {r.resolvedAt ? <p>Resolved: {r.resolution}</p> : <ResolveRegradeForm assignmentId={assignment.id} requestId={r.id} />}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
