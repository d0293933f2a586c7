import type { Metadata } from 'next'
import { Alert } from '@/components/ui/alert'
import ui from '@/components/ui/ui.module.css'
import { findInvite } from '@/lib/accounts/find-link'
import { EXPIRED_LINK } from '@/lib/accounts/one-time-token'
import { getCurrentUser } from '@/lib/auth/session'
import { AcceptCoInstructorForm } from './accept-co-instructor-form'
import { InviteForm } from './invite-form'
import { JoinByInviteForm } from './join-by-invite-form'
import { StudentInviteForm } from './student-invite-form'

export const metadata: Metadata = { title: 'Invitation' }

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const [invite, user] = await Promise.all([findInvite(token), getCurrentUser()])
  if (!invite) {
    return (
      <div className={ui.narrow}>
        <h1>Invitation</h1>
        <Alert kind="error">{EXPIRED_LINK}</Alert>
      </div>
    )
  }
  if (invite.purpose === 'STUDENT_INVITE') {
    const signInHere = `/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`
    return (
      <div className={ui.narrow}>
        <h1>Join {invite.class?.name}</h1>
        {user?.role === 'STUDENT' ? (
          <JoinByInviteForm token={token} className={invite.class?.name ?? 'this class'} userName={user.name} />
        ) : user ? (
          <Alert kind="error">
            This invitation is for a student. You are signed in with a staff account: sign out, then open the link again.
          </Alert>
        ) : (
          <>
            <p>
              Your instructor invited you to this class. Already have a Lectern account? <a href={signInHere}>Sign in to join</a>. New to
              Lectern? Choose a password to create your account.
            </p>
            <StudentInviteForm token={token} name={invite.name ?? ''} email={invite.email ?? ''} />
          </>
        )}
      </div>
    )
  }
  const isSignedInInstructor = user && user.role !== 'STUDENT'
  return (
    <div className={ui.narrow}>
      <h1>{invite.class ? `Teach ${invite.class.name}` : 'Create your instructor account'}</h1>
      {invite.class && isSignedInInstructor ? (
        <AcceptCoInstructorForm token={token} className={invite.class.name} />
      ) : (
        <>
          {invite.class && (
            <p>You are invited to teach this class. Create an instructor account — or sign in first if you already have one.</p>
          )}
          <InviteForm token={token} email={invite.email ?? ''} />
        </>
      )}
    </div>
  )
}
