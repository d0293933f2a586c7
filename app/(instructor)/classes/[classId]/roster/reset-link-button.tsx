'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { OneTimeLink } from '@/components/ui/one-time-link'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { issuePasswordResetAction } from '../../actions'

/** `listedUnder` names the list where the link can be found again until it is used or expires. */
export function ResetLinkButton({ studentId, studentName, listedUnder }: { studentId: string; studentName: string; listedUnder: string }) {
  const [state, form] = useActionForm(issuePasswordResetAction, {})
  return (
    <ActionForm form={form}>
      <input type="hidden" name="studentId" value={studentId} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      {state.url ? (
        <OneTimeLink
          url={state.url}
          expiresAt={state.expiresAt!}
          label={`Reset link for ${studentName}`}
          note={`It stays listed under “${listedUnder}” until it is used or expires.`}
        />
      ) : (
        <SubmitButton className={ui.linkButton} pendingText="Making link…">
          Reset link<span className="visually-hidden"> for {studentName}</span>
        </SubmitButton>
      )}
    </ActionForm>
  )
}
