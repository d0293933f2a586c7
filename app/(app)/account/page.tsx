import type { Metadata } from 'next'
import ui from '@/components/ui/ui.module.css'
import { requireUser } from '@/lib/auth/session'
import { signOutEverywhereAction } from './actions'
import { ChangePasswordForm } from './change-password-form'
import { ResetConsentForm } from './reset-consent-form'
import { isResetConsentGiven } from '@/lib/accounts/reset-consent'

export const metadata: Metadata = { title: 'Account' }

export default async function AccountPage() {
  const user = await requireUser()
  return (
    <div className={ui.narrow}>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · {user.role === 'STUDENT' ? 'Student' : user.role === 'INSTRUCTOR' ? 'Instructor' : 'Administrator'}
      </p>
      <h2>Change password</h2>
      <ChangePasswordForm />
      {user.role === 'STUDENT' && (
        <>
          <h2>If you forget your password</h2>
          <ResetConsentForm isAllowed={await isResetConsentGiven({ userId: user.id })} />
        </>
      )}
      <h2>Sign out everywhere</h2>
      <p>Ends your session on every device and browser, this one included. Use it if you signed in on a shared computer.</p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className={`${ui.button} ${ui.danger}`}>
          Sign out everywhere
        </button>
      </form>
    </div>
  )
}
