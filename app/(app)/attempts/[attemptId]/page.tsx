import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AnswerKeyNotice } from '@/components/quiz/answer-key-notice'
import { AttemptResults } from '@/components/quiz/attempt-results'
import { QuizRunner } from '@/components/quiz/quiz-runner'
import { Alert } from '@/components/ui/alert'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { requireUser } from '@/lib/auth/session'
import { getAttemptView } from '@/lib/quiz/get-attempt-view'
import { RegradeForm } from './regrade-form'

export const metadata: Metadata = { title: 'Quiz' }

const WHEN: Record<string, string> = {
  ON_SUBMIT: 'now',
  AFTER_DUE: 'after the due date',
  MANUAL: 'when your instructor releases them',
}

export default async function AttemptPage({
  params,
  searchParams,
}: {
  params: Promise<{ attemptId: string }>
  searchParams: Promise<{ submitted?: string }>
}) {
  const user = await requireUser()
  const { attemptId } = await params
  const { submitted } = await searchParams
  const view = await getAttemptView({ userId: user.id, attemptId })
  if (!view) notFound()
  const { results, ...quiz } = view
  return (
    <div className={ui.page}>
      <p className={ui.muted}>
        <Link href={`/assignments/${view.assignment.id}`}>{view.assignment.title}</Link> · {view.assignment.className}
      </p>
      <h1>
        {view.setTitle} <span className={ui.muted}>· attempt {view.attempt.number}</span>
      </h1>
      {view.attempt.status === 'IN_PROGRESS' ? (
        <QuizRunner view={quiz} />
      ) : (
        <>
          {submitted && <Alert kind="success">Submitted. Your answers are recorded.</Alert>}
          <p>
            Submitted <LocalTime iso={view.attempt.submittedAt!} />
            {view.attempt.autoSubmitted && ' automatically when the time ran out, with the answers saved by then'}.
          </p>
          {results ? (
            <AttemptResults view={view} results={results} regradeForm={<RegradeForm attemptId={view.attempt.id} />} />
          ) : view.isFeedbackWithdrawn ? (
            <section aria-labelledby="withdrawn-heading" className={ui.card}>
              <h2 id="withdrawn-heading" className={ui.flushTop}>
                Feedback withdrawn by your instructor
              </h2>
              <p>
                Your instructor has taken back the feedback on this quiz for now, usually to correct something. Your answers are kept as you
                submitted them; your score and comments will appear here again when your instructor releases them.
              </p>
            </section>
          ) : (
            <>
              <p>Your score and your instructor’s feedback will appear here {WHEN[view.assignment.feedbackRelease]}.</p>
              <AnswerKeyNotice view={view} />
            </>
          )}
        </>
      )}
    </div>
  )
}
