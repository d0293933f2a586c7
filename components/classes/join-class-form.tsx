'use client'
import { useActionState } from 'react'
import { joinClassAction } from '@/app/(app)/join/actions'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { SubmitButton } from '@/components/ui/submit-button'

export function JoinClassForm({ code = '', submitLabel = 'Join class' }: { code?: string; submitLabel?: string }) {
  const [state, formAction] = useActionState(joinClassAction, {})
  return (
    <form action={formAction} style={{ maxWidth: '24rem' }} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <FormField name="code" label="Class join code" hint="From your instructor, like ABCD-EFGH." defaultValue={code} autoCapitalize="characters" required maxLength={32} errors={state.fieldErrors?.code} />
      <SubmitButton pendingText="Joining…">{submitLabel}</SubmitButton>
    </form>
  )
}
