// Signs one account in the way the browser does: csrf token, then the credentials callback.
// `signIn` returns the Cookie header that carries the session; `attemptSignIn` reports a refusal
// instead of throwing, for the sign-in benchmark, which counts them.

export interface SignInOutcome {
  /** The session cookie, or null when the sign-in was refused. */
  session: string | null
  /** next-auth's error for a refusal (the message the sign-in form would show), or the HTTP status. */
  error: string | null
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0])
}

export async function attemptSignIn(
  baseUrl: string,
  credentials: { email: string; password: string },
  opts: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<SignInOutcome> {
  const timeout = () => AbortSignal.timeout(opts.timeoutMs ?? 60_000)
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: opts.headers, signal: timeout() })
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...opts.headers, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookiesOf(csrfResponse).join('; ') },
    body: new URLSearchParams({ csrfToken, ...credentials, json: 'true' }),
    signal: timeout(),
  })
  const body = await response.text()
  const session = cookiesOf(response).find((c) => c.startsWith('next-auth.session-token=')) ?? null
  if (session) return { session, error: null }
  // With json=true next-auth answers {url}; a refusal's url carries the message as ?error=.
  let url = response.headers.get('location') ?? ''
  try {
    url = (JSON.parse(body) as { url?: string }).url ?? url
  } catch {
    // not JSON: an error page; the status says enough
  }
  const error = url.includes('error=') ? new URL(url, baseUrl).searchParams.get('error') : null
  return { session: null, error: error ?? `HTTP ${response.status}` }
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const { session, error } = await attemptSignIn(baseUrl, { email, password })
  if (!session) throw new Error(`Sign-in failed for ${email}: ${error}`)
  return session
}
