'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { OneTimeLink } from '@/components/ui/one-time-link'
import { SubmitButton } from '@/components/ui/submit-button'
import { createInstructorInviteAction } from './actions'

export function InstructorInviteForm() {
  const [state, form] = useActionForm(createInstructorInviteAction, {}, { clearOnSuccess: true })
  return (
    <ActionForm form={form} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      {state.url && <OneTimeLink url={state.url} expiresAt={state.expiresAt!} label="Instructor invite link" />}
      <FormField
        name="email"
        label="Colleague’s email (optional)"
        type="email"
        hint="If given, only this address can use the link."
        maxLength={254}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton pendingText="Making link…">Make invite link</SubmitButton>
    </ActionForm>
  )
}
