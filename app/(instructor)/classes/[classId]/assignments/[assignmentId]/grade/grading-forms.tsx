'use client'
import { useState } from 'react'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import ui from '@/components/ui/ui.module.css'
import { countOf } from '@/lib/text/count-of'
import type { ActionState } from '@/lib/errors'
import { gradingModeAction, releaseAction, resolveRegradeAction, withdrawReleaseAction } from './actions'

export function ReleaseForm({
  assignmentId,
  studentId,
  label,
  compact,
}: {
  assignmentId: string
  studentId?: string
  label: string
  compact?: boolean
}) {
  const [state, form] = useActionForm(releaseAction, {})
  return (
    <ActionForm form={form}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {studentId && <input type="hidden" name="studentId" value={studentId} />}
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      <SubmitButton className={compact ? ui.linkButton : ui.button} pendingText="Releasing…">
        {label}
      </SubmitButton>
    </ActionForm>
  )
}

/**
 * Whole-class release and its undo, each behind a confirmation that says how many students it
 * reaches (counted by the server as the students' own screens decide: feedback-audience.ts).
 */
export function ClassReleaseControls(props: { assignmentId: string; submitted: number; seeing: number }) {
  const fields = { assignmentId: props.assignmentId }
  // Held here, not in each dialog; the withdraw dialog stays mounted while its button is hidden, so
  // its outcome arrives even though the same refresh hides the button.
  const [outcome, setOutcome] = useState<ActionState | null>(null)
  return (
    <>
      {outcome?.message && <Alert kind={outcome.ok ? 'success' : 'error'}>{outcome.message}</Alert>}
      <div className={ui.inlineRow}>
        <ConfirmDialog
          action={releaseAction}
          fields={fields}
          trigger="Release feedback to the whole class…"
          title={`Release feedback to ${countOf(props.submitted, 'student')}?`}
          confirm="Release feedback"
          pendingText="Releasing…"
          onResult={setOutcome}
        >
          <p>
            {props.submitted === 0
              ? 'No student has submitted yet.'
              : `${countOf(props.submitted, 'student')} with submitted work will see their scores and your comments now, and the answers if the answer-key setting allows.`}{' '}
            Students who submit later see theirs when they submit. You can withdraw the release afterwards.
          </p>
        </ConfirmDialog>
        <ConfirmDialog
          isHidden={props.seeing === 0}
          action={withdrawReleaseAction}
          fields={fields}
          trigger="Withdraw released feedback…"
          triggerClassName={`${ui.button} ${ui.danger}`}
          title={`Withdraw feedback from ${countOf(props.seeing, 'student')}?`}
          confirm="Withdraw feedback"
          confirmClassName={`${ui.button} ${ui.danger}`}
          pendingText="Withdrawing…"
          onResult={setOutcome}
        >
          <p>
            {countOf(props.seeing, 'student')} will no longer see scores, comments or answers; their page will say the feedback was
            withdrawn by you. No grade, comment or answer is changed or deleted. Release becomes manual until you release again.
          </p>
        </ConfirmDialog>
      </div>
    </>
  )
}

export function GradingModeForm({
  assignmentId,
  isAnonymous,
  isFinished,
}: {
  assignmentId: string
  isAnonymous: boolean
  isFinished: boolean
}) {
  const [state, form] = useActionForm(gradingModeAction, {})
  const change = !isAnonymous ? 'anonymous-on' : isFinished ? 'reopen' : 'finished'
  const label = !isAnonymous ? 'Grade anonymously (hide names)' : isFinished ? 'Hide names again' : 'Mark grading finished and show names'
  return (
    <ActionForm form={form} className={ui.spaceAboveSmall}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="change" value={change} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <p className={ui.hint}>
        {isAnonymous
          ? isFinished
            ? 'Anonymous grading is finished: names are shown.'
            : 'Anonymous grading is on: graders see “Student 1”, “Student 2”…'
          : 'Hiding names while grading reduces bias.'}
      </p>
      <SubmitButton className={`${ui.button} ${ui.secondary}`} pendingText="Saving…">
        {label}
      </SubmitButton>
    </ActionForm>
  )
}

export function ResolveRegradeForm({ assignmentId, requestId }: { assignmentId: string; requestId: string }) {
  const [state, form] = useActionForm(resolveRegradeAction, {}, { clearOnSuccess: true })
  return (
    <ActionForm form={form}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="requestId" value={requestId} />
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      <div className={ui.field}>
        <label className={ui.label} htmlFor={`resolution-${requestId}`}>
          Your reply to the student
        </label>
        <textarea className={ui.input} id={`resolution-${requestId}`} name="resolution" rows={3} maxLength={2000} required />
      </div>
      <SubmitButton pendingText="Sending…">Resolve request</SubmitButton>
    </ActionForm>
  )
}
