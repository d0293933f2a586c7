'use client'
import { useActionState } from 'react'
import { Alert } from '@/components/ui/alert'
import { OneTimeLink } from '@/components/ui/one-time-link'
import { SubmitButton } from '@/components/ui/submit-button'
import { createCoInstructorInviteAction } from '../actions'

export function CoInstructorInvite({ classId }: { classId: string }) {
  const [state, formAction] = useActionState(createCoInstructorInviteAction, {})
  return (
    <form action={formAction}>
      <p>Share the class with a colleague: they get the same view and the same powers here.</p>
      <input type="hidden" name="classId" value={classId} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      {state.url && <OneTimeLink url={state.url} expiresAt={state.expiresAt!} label="Co-instructor invite link" />}
      <SubmitButton pendingText="Making link…">Make co-instructor link</SubmitButton>
    </form>
  )
}
