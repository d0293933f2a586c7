'use client'
import { useState } from 'react'
import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import ui from '@/components/ui/ui.module.css'

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setError(null)
    const form = new FormData(event.currentTarget)
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    })
    if (!result || result.error) {
      setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Sign-in failed. Try again.')
      setPending(false)
      return
    }
    router.push(callbackUrl)
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && <Alert kind="error">{error}</Alert>}
      <FormField name="email" label="Email" type="email" autoComplete="email" required maxLength={254} />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required maxLength={256} />
      <button type="submit" className={ui.button} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
