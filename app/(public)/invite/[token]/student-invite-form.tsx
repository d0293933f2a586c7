'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { NewPasswordField } from '@/components/ui/new-password-field'
import { SubmitButton } from '@/components/ui/submit-button'
import { acceptStudentInviteAction } from './actions'

export function StudentInviteForm({ token, name, email }: { token: string; name: string; email: string }) {
  const [state, form] = useActionForm(acceptStudentInviteAction, {})
  const errors = state.fieldErrors ?? {}
  return (
    <ActionForm form={form} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <p>
        Email: <strong>{email}</strong>
      </p>
      <FormField name="name" label="Full name" autoComplete="name" defaultValue={name} required maxLength={100} errors={errors.name} />
      <NewPasswordField errors={errors.password} />
      <SubmitButton pendingText="Creating your account…">Create account and join</SubmitButton>
    </ActionForm>
  )
}
