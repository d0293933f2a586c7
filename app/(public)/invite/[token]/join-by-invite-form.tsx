'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { joinByInviteAction } from './actions'

export function JoinByInviteForm({ token, className, userName }: { token: string; className: string; userName: string }) {
  const [state, form] = useActionForm(joinByInviteAction, {})
  return (
    <ActionForm form={form}>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <p>
        You are signed in as <strong>{userName}</strong>. Join {className} with this account? Your instructors will see your work in this
        class.
      </p>
      <SubmitButton pendingText="Joining…">Join the class</SubmitButton>
    </ActionForm>
  )
}
