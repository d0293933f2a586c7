import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AttemptGrader } from '@/components/review/grading/attempt-grader'
import { CommentBox } from '@/components/review/grading/comment-box'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { getAttemptForGrading } from '@/lib/review/grading/get-attempt-for-grading'
import { formatPoints } from '@/lib/quiz/points'

export const metadata: Metadata = { title: 'Grade by student' }

export default async function GradeAttemptPage({
  params,
}: {
  params: Promise<{ classId: string; assignmentId: string; attemptId: string }>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, assignmentId, attemptId } = await params
  const data = await getAttemptForGrading({ userId: user.id, assignmentId, attemptId: attemptId.slice(0, 64) }).catch((e) =>
    isAppError(e) ? null : Promise.reject(e),
  )
  if (!data || data.assignment.classId !== classId) notFound()
  const base = `/classes/${classId}/assignments/${assignmentId}/grade`
  const { attempt } = data
  return (
    <>
      <nav aria-label="Students" className={ui.linkRow}>
        <Link href={base}>← Grading</Link>
        {data.previousId ? (
          <Link href={`${base}/attempt/${data.previousId}`}>← Previous student</Link>
        ) : (
          <span className={ui.muted}>First student</span>
        )}
        <span>
          {data.position.index} of {data.position.total}
        </span>
        {data.nextId ? <Link href={`${base}/attempt/${data.nextId}`}>Next student →</Link> : <span className={ui.muted}>Last student</span>}
      </nav>
      <h2>
        {data.studentLabel} · attempt {attempt.number}
      </h2>
      <p>
        Score {formatPoints(attempt.score ?? 0)} / {formatPoints(attempt.maxScore ?? 0)}
        {attempt.latePenaltyPercent > 0 && ` after a ${attempt.latePenaltyPercent}% late penalty`} ·{' '}
        {attempt.isScoreFinal ? 'graded' : 'awaiting grading'}
      </p>
      <AttemptGrader
        assignmentId={assignmentId}
        setId={attempt.questionSetId}
        attemptId={attempt.id}
        items={data.questions}
        paragraphs={data.paragraphs}
        sentences={data.sentences}
      />
      <section aria-labelledby="overall" className={`${ui.card} ${ui.spaceAbove}`}>
        <h3 id="overall" className={ui.flushTop}>
          Overall comment
        </h3>
        {data.overallComments.map((c) => (
          <p key={c.id} className={ui.asTyped}>
            {c.body}
          </p>
        ))}
        <CommentBox
          assignmentId={assignmentId}
          questionSetId={attempt.questionSetId}
          attemptId={attempt.id}
          paragraphs={[]}
          idPrefix="overall"
        />
      </section>
    </>
  )
}
