import type { Metadata } from 'next'
import { Alert } from '@/components/ui/alert'
import ui from '@/components/ui/ui.module.css'
import { findUsableLink } from '@/lib/accounts/find-link'
import { EXPIRED_LINK } from '@/lib/accounts/one-time-token'
import { InviteForm } from './invite-form'

export const metadata: Metadata = { title: 'Instructor invitation' }

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const invite = await findUsableLink(token, 'INSTRUCTOR_INVITE')
  return (
    <div className={ui.narrow}>
      <h1>Create your instructor account</h1>
      {invite ? <InviteForm token={token} email={invite.email ?? ''} /> : <Alert kind="error">{EXPIRED_LINK}</Alert>}
    </div>
  )
}
