'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { updateClassAction } from '../actions'

function Result({ ok, message }: { ok?: boolean; message?: string }) {
  if (!message) return null
  return <Alert kind={ok ? 'success' : 'error'}>{message}</Alert>
}

export function ClassSettingsForm({ classId, name, term }: { classId: string; name: string; term: string }) {
  const [state, form] = useActionForm(updateClassAction, {})
  return (
    <ActionForm form={form}>
      <Result {...state} />
      <input type="hidden" name="intent" value="rename" />
      <input type="hidden" name="classId" value={classId} />
      <FormField name="name" label="Class name" defaultValue={name} required maxLength={120} errors={state.fieldErrors?.name} />
      <FormField name="term" label="Term" defaultValue={term} required maxLength={60} errors={state.fieldErrors?.term} />
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
    </ActionForm>
  )
}

export function IntentButton({ classId, intent, label, hint }: { classId: string; intent: string; label: string; hint: string }) {
  const [state, form] = useActionForm(updateClassAction, {})
  return (
    <ActionForm form={form} className={ui.field}>
      <Result {...state} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="classId" value={classId} />
      <p className={ui.hint}>{hint}</p>
      <div>
        <SubmitButton className={`${ui.button} ${ui.secondary}`} pendingText="Working…">
          {label}
        </SubmitButton>
      </div>
    </ActionForm>
  )
}
