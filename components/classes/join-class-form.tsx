'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import type { ActionState } from '@/lib/errors'

export function JoinClassForm({
  joinAction,
  code = '',
  submitLabel = 'Join class',
}: {
  joinAction: (state: ActionState, form: FormData) => Promise<ActionState>
  code?: string
  submitLabel?: string
}) {
  const [state, form] = useActionForm(joinAction, {})
  return (
    <ActionForm form={form} className={ui.formWidth} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <FormField
        name="code"
        label="Class join code"
        hint="From your instructor, like ABCD-EFGH."
        defaultValue={code}
        autoCapitalize="characters"
        required
        maxLength={32}
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingText="Joining…">{submitLabel}</SubmitButton>
    </ActionForm>
  )
}
