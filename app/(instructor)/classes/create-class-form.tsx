'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { createClassAction } from './actions'

export function CreateClassForm() {
  const [state, form] = useActionForm(createClassAction, {})
  return (
    <ActionForm form={form} className={ui.formWidth} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <FormField
        name="name"
        label="Class name"
        placeholder="HIST 210 — The Cold War in Asia"
        required
        maxLength={120}
        errors={state.fieldErrors?.name}
      />
      <FormField name="term" label="Term" placeholder="Spring 2027" required maxLength={60} errors={state.fieldErrors?.term} />
      <SubmitButton pendingText="Creating…">Create class</SubmitButton>
    </ActionForm>
  )
}
