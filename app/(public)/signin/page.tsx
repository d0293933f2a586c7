import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { Alert } from '@/components/ui/alert'
import ui from '@/components/ui/ui.module.css'
import { publicOrigin } from '@/lib/http/public-url'
import { safeRedirectPath } from '@/lib/http/safe-redirect'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

const notices: Record<string, string> = {
  signedOut: 'You are signed out.',
  passwordChanged: 'Your password was changed. Sign in with the new one.',
  passwordReset: 'Your new password is set. Sign in with it.',
  everywhere: 'You were signed out on every device.',
  welcome: 'Your account is ready. Sign in to continue.',
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams
  const notice = Object.keys(notices).find((key) => params[key] !== undefined)
  const callbackUrl = safeRedirectPath(params.callbackUrl, { origin: publicOrigin(await headers()) })
  return (
    <div className={ui.narrow}>
      <h1>Sign in</h1>
      {notice && <Alert kind="success">{notices[notice]}</Alert>}
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        New here? <Link href="/signup">Create a student account</Link>.
      </p>
      <p className={ui.muted}>Forgot your password? Your instructor can give you a one-time reset link.</p>
    </div>
  )
}
