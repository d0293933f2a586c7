// Signs one account in the way the browser does: csrf token, then the credentials callback.
// Returns the Cookie header that carries the session.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0])
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(60_000) })
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookiesOf(csrfResponse).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    signal: AbortSignal.timeout(60_000),
  })
  await response.arrayBuffer()
  const session = cookiesOf(response).find((c) => c.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`Sign-in failed for ${email}: HTTP ${response.status}, ${response.headers.get('location') ?? 'no session cookie'}`)
  return session
}
