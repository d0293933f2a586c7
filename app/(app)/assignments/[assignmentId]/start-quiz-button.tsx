'use client'
import { useActionState } from 'react'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { startAttemptAction } from './actions'

export function StartQuizButton({ assignmentId, questionSetId, label }: { assignmentId: string; questionSetId: string; label: string }) {
  const [state, formAction] = useActionState(startAttemptAction, {})
  return (
    <form action={formAction}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="questionSetId" value={questionSetId} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <SubmitButton pendingText="Opening…">{label}</SubmitButton>
    </form>
  )
}
