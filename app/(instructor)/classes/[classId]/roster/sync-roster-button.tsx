'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { syncRosterAction } from '../actions'

export function SyncRosterButton({ classId, platformName }: { classId: string; platformName: string }) {
  const [state, form] = useActionForm(syncRosterAction, {})
  return (
    <ActionForm form={form}>
      <input type="hidden" name="classId" value={classId} />
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      <SubmitButton className={`${ui.button} ${ui.secondary}`} pendingText="Syncing…">
        Sync roster from {platformName}
      </SubmitButton>
    </ActionForm>
  )
}
