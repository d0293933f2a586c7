'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { setResetConsentAction } from './actions'

export function ResetConsentForm({ isAllowed }: { isAllowed: boolean }) {
  const [state, form] = useActionForm(setResetConsentAction, {})
  return (
    <ActionForm form={form}>
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      <div className={ui.field}>
        <label>
          <input type="checkbox" name="allow" defaultChecked={isAllowed} aria-describedby="reset-consent-hint" /> Let my instructors reset
          my password
        </label>
        <p className={ui.hint} id="reset-consent-hint">
          If you forget your password, an instructor of any of your classes can then give you a one-time link to choose a new one. Without
          this, only an instructor who teaches every class you are in, or an administrator, can. You are told whenever your password is
          reset.
        </p>
      </div>
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
    </ActionForm>
  )
}
