import type { Metadata } from 'next'
import { Alert } from '@/components/ui/alert'
import ui from '@/components/ui/ui.module.css'
import { findUsableLink } from '@/lib/accounts/find-link'
import { EXPIRED_LINK } from '@/lib/accounts/one-time-token'
import { ResetForm } from './reset-form'

export const metadata: Metadata = { title: 'Choose a new password' }

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const link = await findUsableLink(token, 'PASSWORD_RESET')
  return (
    <div className={ui.narrow}>
      <h1>Choose a new password</h1>
      {link ? <ResetForm token={token} /> : <Alert kind="error">{EXPIRED_LINK}</Alert>}
    </div>
  )
}
