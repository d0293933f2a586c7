'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { gradingModeAction, releaseAction, resolveRegradeAction } from './actions'

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
