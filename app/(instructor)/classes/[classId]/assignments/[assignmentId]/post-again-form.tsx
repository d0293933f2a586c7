'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { retryScoreSyncAction } from '../../actions'

/**
 * One form around the course-site grades panel: each row's "Post again" button sends its own row
 * (name="syncId"), a button without a value sends every failed one. The form outlives the rows, so
 * its answer stays on screen after a posted row leaves the table.
 */
export function PostAgainForm({ assignmentId, children }: { assignmentId: string; children: React.ReactNode }) {
  const [state, form] = useActionForm(retryScoreSyncAction, {})
  return (
    <ActionForm form={form}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      {children}
    </ActionForm>
  )
}
