import type { Session } from 'next-auth'

export type SignedInUser = Session['user']

// Who is signed in, asked of next-auth's session endpoint with one fetch, from any browser code:
// React components (use-signed-in-user.ts) and the lesson reader's script alike.

/** The signed-in user, or null when nobody is signed in or the server cannot be reached. */
export function fetchSignedInUser(): Promise<SignedInUser | null> {
  return (
    fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<Partial<Session>>) : {}))
      .then((session: Partial<Session>) => session.user ?? null)
      // Unreachable server: show the signed-out navigation; the next page asks again.
      .catch(() => null)
  )
}

/**
 * Signs out the way next-auth's client does (a POST with the CSRF token), then goes to
 * callbackUrl. Written out so that no page needs next-auth's client for one button.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf', { credentials: 'same-origin' })).json()) as { csrfToken: string }
  const response = await fetch('/api/auth/signout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
  })
  const { url } = (await response.json()) as { url?: string }
  window.location.href = url ?? callbackUrl
}
