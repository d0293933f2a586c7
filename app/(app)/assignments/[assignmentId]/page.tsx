import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { LocalTime } from '@/components/ui/local-time'
import { StatusBadge, TimingBadge } from '@/components/ui/status-badge'
import ui from '@/components/ui/ui.module.css'
import { getStudentAssignment } from '@/lib/assignments/get-student-assignment'
import { lessonCatalog } from '@/lib/content/catalog'
import { essayPath, lessonPath } from '@/lib/content/paths'
import { requireUser } from '@/lib/auth/session'
import { describeTimeLeft } from '@/lib/time/describe-time-left'
import styles from './assignment.module.css'
import { StartQuizButton } from './start-quiz-button'
import { submitExpiredAttempts } from '@/lib/quiz/submit-attempt'

export const metadata: Metadata = { title: 'Assignment' }

function partHref(lessonSlug: string, partId: string) {
  return partId === 'record' ? lessonPath(lessonSlug) : essayPath(lessonSlug, partId.replace(/^essay:/, ''))
}

const POLICY: Record<string, string> = {
  ON_SUBMIT: 'as soon as you submit',
  AFTER_DUE: 'after the due date',
  MANUAL: 'when your instructor releases it',
}

const ANSWER_KEY: Record<string, string> = {
  AFTER_LAST_ATTEMPT_OR_CLOSE: 'after your last attempt, or when the quiz closes',
  AFTER_CLOSE: 'when the quiz closes',
  WITH_FEEDBACK: 'with your feedback',
}

export default async function StudentAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const user = await requireUser()
  const { assignmentId } = await params
  const now = new Date()
  await submitExpiredAttempts({ userId: user.id, assignmentId, now })
  const a = await getStudentAssignment({ userId: user.id, assignmentId, now })
  if (!a) notFound()
  const catalog = await lessonCatalog(a.lessonSlug)
  const partTitle = (id: string) => catalog?.parts.find((p) => p.id === id)?.title ?? id
  const isDone = ['SUBMITTED', 'GRADED', 'FEEDBACK_AVAILABLE'].includes(a.status)
  return (
    <div className={ui.page}>
      <p className={ui.muted}>{a.className}</p>
      <h1>{a.title}</h1>
      <p>
        <StatusBadge status={a.status} /> <TimingBadge timing={a.timing} isLate={a.isLate} isDone={isDone} />
      </p>
      <dl className={styles.facts}>
        <dt>Due</dt>
        <dd>
          <LocalTime iso={a.window.dueAt.toISOString()} /> {a.timing === 'OPEN' && <>({describeTimeLeft(a.window.dueAt, now)})</>}
          {a.window.isAdjusted && <> — your extended date</>}
        </dd>
        {a.latePolicy === 'ACCEPT_WITH_PENALTY' && (
          <>
            <dt>Late work</dt>
            <dd>
              accepted until <LocalTime iso={a.window.closesAt.toISOString()} />, {a.latePenaltyPercentPerDay}% off per day late
            </dd>
          </>
        )}
        {a.window.timeLimitMinutes !== null && (
          <>
            <dt>Time limit</dt>
            <dd>
              {a.window.timeLimitMinutes} minutes per quiz
              {a.window.timeMultiplier !== 1 && <> (includes your {a.window.timeMultiplier}× extra time)</>}
            </dd>
          </>
        )}
        <dt>Attempts</dt>
        <dd>{a.attemptsAllowed}</dd>
        <dt>Feedback</dt>
        <dd>shown {POLICY[a.feedbackRelease]}</dd>
        <dt>Correct answers</dt>
        <dd>shown {ANSWER_KEY[a.answerKeyRelease]}</dd>
      </dl>

      <h2>Read</h2>
      {a.requiredParts.length === 0 ? (
        <p>No reading is required for this assignment.</p>
      ) : (
        <ul className={styles.parts}>
          {a.requiredParts.map((id) => {
            const isRead = a.partsRead.includes(id)
            return (
              <li key={id}>
                <span className={isRead ? styles.done : styles.todo} aria-hidden="true">
                  {isRead ? '✓' : '○'}
                </span>{' '}
                <Link href={partHref(a.lessonSlug, id)}>{partTitle(id)}</Link>{' '}
                <span className={ui.muted}>— {isRead ? 'opened' : 'not opened yet'}</span>
              </li>
            )
          })}
        </ul>
      )}

      <h2>Quizzes</h2>
      {a.questionSetIds.length === 0 ? (
        <p>This assignment has no quiz.</p>
      ) : (
        <ul className={styles.parts}>
          {a.questionSetIds.map((setId) => {
            const set = catalog?.questionSets.find((s) => s.id === setId)
            const attempts = a.attempts.filter((t) => t.questionSetId === setId)
            const inProgress = attempts.find((t) => t.status === 'IN_PROGRESS')
            const canStart = !inProgress && attempts.length < a.attemptsAllowed && (a.timing === 'OPEN' || a.timing === 'LATE')
            return (
              <li key={setId} className={styles.quiz}>
                <div>
                  <strong>{set?.title ?? setId}</strong> <span className={ui.muted}>({set?.questionCount ?? '?'} questions)</span>
                  <span>
                    {' '}
                    — {attempts.length} of {a.attemptsAllowed} attempt{a.attemptsAllowed === 1 ? '' : 's'} used
                  </span>
                  {attempts
                    .filter((t) => t.status === 'SUBMITTED')
                    .map((t) => (
                      <div key={t.id}>
                        <Link href={`/attempts/${t.id}`}>
                          Attempt {t.number}: submitted — see your answers{a.status === 'FEEDBACK_AVAILABLE' ? ' and feedback' : ''}
                        </Link>
                      </div>
                    ))}
                </div>
                {(inProgress || canStart) && (
                  <StartQuizButton
                    assignmentId={a.id}
                    questionSetId={setId}
                    label={inProgress ? 'Resume quiz' : attempts.length ? 'Start another attempt' : 'Start quiz'}
                  />
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
