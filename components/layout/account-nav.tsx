'use client'
import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { signOutTo, useSignedInUser } from './use-signed-in-user'

export function AccountNav() {
  const session = useSignedInUser()
  if (session.status === 'loading') return null
  if (session.status === 'signed-out') {
    return (
      <>
        <li>
          <Link prefetch={false} href="/signin">
            Sign in
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/signup">
            Sign up
          </Link>
        </li>
      </>
    )
  }
  const isInstructor = session.user.role === 'INSTRUCTOR' || session.user.role === 'ADMIN'
  return (
    <>
      <li>
        <Link prefetch={false} href="/dashboard">
          Dashboard
        </Link>
      </li>
      {isInstructor && (
        <li>
          <Link prefetch={false} href="/classes">
            Classes
          </Link>
        </li>
      )}
      <li>
        <Link prefetch={false} href="/account">
          Account<span className="visually-hidden"> ({session.user.name})</span>
        </Link>
      </li>
      <li>
        <button type="button" className={ui.linkButton} onClick={() => void signOutTo('/signin?signedOut=1')}>
          Sign out
        </button>
      </li>
    </>
  )
}
