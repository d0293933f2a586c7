'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { acceptCoInstructorInviteAction } from './actions'

export function AcceptCoInstructorForm({ token, className }: { token: string; className: string }) {
  const [state, form] = useActionForm(acceptCoInstructorInviteAction, {})
  return (
    <ActionForm form={form}>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <p>You will see and manage {className} with the same powers as its other instructors.</p>
      <SubmitButton pendingText="Joining…">Teach this class</SubmitButton>
    </ActionForm>
  )
}
