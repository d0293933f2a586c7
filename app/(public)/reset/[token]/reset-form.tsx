'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { NewPasswordField } from '@/components/ui/new-password-field'
import { SubmitButton } from '@/components/ui/submit-button'
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-rules'
import { resetPasswordAction } from './actions'

export function ResetForm({ token }: { token: string }) {
  const [state, form] = useActionForm(resetPasswordAction, {})
  return (
    <ActionForm form={form} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Signing in elsewhere ends when you change it.`}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </ActionForm>
  )
}
