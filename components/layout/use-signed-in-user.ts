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
  // The answer, with the page it was asked on: the header lives in the root layout, so this state
  // outlives a navigation, and the answer from the sign-in page ("signed out") must not be shown on
  // the page signing in leads to while that page's own answer is on its way.
  const [state, setState] = useState<{ path: string; value: SignedInState }>({ path, value: { status: 'loading' } })
  useEffect(() => {
    let isCurrent = true
    void requestUser(path).then((user) => {
      if (isCurrent) setState({ path, value: user ? { status: 'signed-in', user } : { status: 'signed-out' } })
    })
    return () => {
      isCurrent = false
    }
  }, [path])
  if (state.path === path) return state.value
  // A navigation keeps a signed-in header (signing out reloads the page, so it cannot go stale that
  // way); "signed out" is not carried over, since signing in is exactly such a navigation.
  return state.value.status === 'signed-in' ? state.value : { status: 'loading' }
}
