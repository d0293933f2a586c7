'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { requestRegradeAction } from './actions'

/** One question about the grade per attempt; the instructor answers on their grading page. */
export function RegradeForm({ attemptId }: { attemptId: string }) {
  const [state, form] = useActionForm(requestRegradeAction, {})
  if (state.ok) return <Alert kind="success">{state.message}</Alert>
  return (
    <details>
      <summary>Ask your instructor to look at a grade again</summary>
      <ActionForm form={form}>
        <input type="hidden" name="attemptId" value={attemptId} />
        {state.message && <Alert kind="error">{state.message}</Alert>}
        <div className={ui.field}>
          <label className={ui.label} htmlFor="regrade-message">
            What should be looked at again, and why? You can ask once.
          </label>
          <textarea className={ui.input} id="regrade-message" name="message" rows={4} maxLength={2000} required />
        </div>
        <SubmitButton pendingText="Sending…">Send request</SubmitButton>
      </ActionForm>
    </details>
  )
}
