'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { OneTimeLink } from '@/components/ui/one-time-link'
import { SubmitButton } from '@/components/ui/submit-button'
import { createCoInstructorInviteAction } from '../actions'

export function CoInstructorInvite({ classId }: { classId: string }) {
  const [state, form] = useActionForm(createCoInstructorInviteAction, {})
  return (
    <ActionForm form={form}>
      <p>Share the class with a colleague: they get the same view and the same powers here.</p>
      <input type="hidden" name="classId" value={classId} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      {state.url && <OneTimeLink url={state.url} expiresAt={state.expiresAt!} label="Co-instructor invite link" />}
      <SubmitButton pendingText="Making link…">Make co-instructor link</SubmitButton>
    </ActionForm>
  )
}
