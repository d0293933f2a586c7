'use client'
import { useState } from 'react'
import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { NewPasswordField } from '@/components/ui/new-password-field'
import ui from '@/components/ui/ui.module.css'
import type { ActionState } from '@/lib/errors'
import { signUpAction } from './actions'

export function SignUpForm({ joinCode }: { joinCode: string }) {
  const router = useRouter()
  const [state, setState] = useState<ActionState>({})
  const [pending, setPending] = useState(false)

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    const form = new FormData(event.currentTarget)
    const result = await signUpAction(form)
    if (!result.ok) {
      setState(result)
      setPending(false)
      return
    }
    // The account exists: sign straight in with what was just typed.
    const signedIn = await signIn('credentials', {
      email: String(form.get('email')),
      password: String(form.get('password')),
      redirect: false,
    })
    router.push(signedIn?.ok ? '/dashboard' : '/signin?welcome=1')
    router.refresh()
  }

  const errors = state.fieldErrors ?? {}
  return (
    <form onSubmit={onSubmit} noValidate>
      {state.message && <Alert kind="error">{state.message}</Alert>}
      <FormField name="name" label="Full name" autoComplete="name" required maxLength={100} errors={errors.name} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required maxLength={254} errors={errors.email} />
      <NewPasswordField errors={errors.password} />
      <FormField
        name="joinCode"
        label="Class join code (optional)"
        hint="From your instructor, like ABCD-EFGH. You can also join a class later."
        defaultValue={joinCode}
        autoCapitalize="characters"
        maxLength={32}
        errors={errors.joinCode}
      />
      <button type="submit" className={ui.button} disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  )
}
