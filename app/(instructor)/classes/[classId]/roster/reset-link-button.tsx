'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { OneTimeLink } from '@/components/ui/one-time-link'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { issuePasswordResetAction } from '../../actions'

export function ResetLinkButton({ studentId, studentName }: { studentId: string; studentName: string }) {
  const [state, form] = useActionForm(issuePasswordResetAction, {})
  return (
    <ActionForm form={form}>
      <input type="hidden" name="studentId" value={studentId} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      {state.url ? (
        <OneTimeLink url={state.url} expiresAt={state.expiresAt!} label={`Reset link for ${studentName}`} />
      ) : (
        <SubmitButton className={ui.linkButton} pendingText="Making link…">
          Reset link<span className="visually-hidden"> for {studentName}</span>
        </SubmitButton>
      )}
    </ActionForm>
  )
}
