'use client'
import { useActionState } from 'react'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { acceptCoInstructorInviteAction } from './actions'

export function AcceptCoInstructorForm({ token, className }: { token: string; className: string }) {
  const [state, formAction] = useActionState(acceptCoInstructorInviteAction, {})
  return (
    <form action={formAction}>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <p>You will see and manage {className} with the same powers as its other instructors.</p>
      <SubmitButton pendingText="Joining…">Teach this class</SubmitButton>
    </form>
  )
}
