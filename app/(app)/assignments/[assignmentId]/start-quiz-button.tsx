'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { startAttemptAction } from './actions'

export function StartQuizButton({ assignmentId, questionSetId, label }: { assignmentId: string; questionSetId: string; label: string }) {
  const [state, form] = useActionForm(startAttemptAction, {})
  return (
    <ActionForm form={form}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="questionSetId" value={questionSetId} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <SubmitButton pendingText="Opening…">{label}</SubmitButton>
    </ActionForm>
  )
}
