'use client'
import { useEffect, useState } from 'react'
import { usePathname } from 'next/navigation'
import type { Session } from 'next-auth'

export type SignedInUser = Session['user']
export type SignedInState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: SignedInUser }

// next-auth's SessionProvider would put its whole client (≈12 kB gzipped) on every page, the
// prerendered lesson included, to answer one question: who is signed in? One fetch of the session
// endpoint answers it. It is asked again on each navigation (signing in moves to another page),
// and components that ask on the same page share one request.
let lastRequest: { path: string; user: Promise<SignedInUser | null> } | null = null

function requestUser(path: string): Promise<SignedInUser | null> {
  if (lastRequest?.path !== path) {
    const user = fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<Partial<Session>>) : {}))
      .then((session: Partial<Session>) => session.user ?? null)
      // Unreachable server: show the signed-out navigation; the next navigation asks again.
      .catch(() => null)
    lastRequest = { path, user }
  }
  return lastRequest.user
}

export function useSignedInUser(): SignedInState {
  const path = usePathname()
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

/** Signs out through next-auth, loading its client only when the button is pressed. */
export async function signOutTo(callbackUrl: string) {
  const { signOut } = await import('next-auth/react')
  await signOut({ callbackUrl })
}
