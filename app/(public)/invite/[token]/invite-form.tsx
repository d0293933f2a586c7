'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { NewPasswordField } from '@/components/ui/new-password-field'
import { SubmitButton } from '@/components/ui/submit-button'
import { acceptInviteAction } from './actions'

export function InviteForm({ token, email }: { token: string; email: string }) {
  const [state, form] = useActionForm(acceptInviteAction, {})
  const errors = state.fieldErrors ?? {}
  return (
    <ActionForm form={form} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <FormField name="name" label="Full name" autoComplete="name" required maxLength={100} errors={errors.name} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={email}
        errors={errors.email}
      />
      <NewPasswordField errors={errors.password} />
      <SubmitButton pendingText="Creating your account…">Create instructor account</SubmitButton>
    </ActionForm>
  )
}
