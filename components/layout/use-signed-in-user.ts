'use client'
import { useEffect, useState } from 'react'
import { usePathname } from 'next/navigation'
import { fetchSignedInUser, type SignedInUser } from './session-user'

export { signOutTo, type SignedInUser } from './session-user'
export type SignedInState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: SignedInUser }

// next-auth's SessionProvider would put its whole client (≈12 kB gzipped) on every page, the
// prerendered lesson included, to answer one question: who is signed in? One fetch of the session
// endpoint answers it. It is asked again on each navigation (signing in moves to another page),
// and components that ask on the same page share one request.
let lastRequest: { path: string; user: Promise<SignedInUser | null> } | null = null

function requestUser(path: string): Promise<SignedInUser | null> {
  if (lastRequest?.path !== path) {
    lastRequest = { path, user: fetchSignedInUser() }
  }
  return lastRequest.user
}

export function useSignedInUser(): SignedInState {
  // Typed as nullable since the app also has a Pages Router page; in the App Router it is never null.
  const path = usePathname() ?? ''
  const [state, setState] = useState<SignedInState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    void requestUser(path).then((user) => {
      if (isCurrent) setState(user ? { status: 'signed-in', user } : { status: 'signed-out' })
    })
    return () => {
      isCurrent = false
    }
  }, [path])
  return state
}
