'use client'
import { useEffect } from 'react'
import { signOut } from 'next-auth/react'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { NewPasswordField } from '@/components/ui/new-password-field'
import { SubmitButton } from '@/components/ui/submit-button'
import { changePasswordAction } from './actions'

export function ChangePasswordForm() {
  const [state, form] = useActionForm(changePasswordAction, {})
  // A changed password ends every session, this one too: clear the cookie and sign in again.
  useEffect(() => {
    if (state.ok) void signOut({ callbackUrl: '/signin?passwordChanged=1' })
  }, [state.ok])
  const errors = state.fieldErrors ?? {}
  return (
    <ActionForm form={form} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      {state.ok && <Alert kind="success">Password changed. Signing you out…</Alert>}
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={256}
        errors={errors.currentPassword}
      />
      <NewPasswordField name="newPassword" label="New password" errors={errors.newPassword} />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </ActionForm>
  )
}
