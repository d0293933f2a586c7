// Cross-site request forgery: a state-changing request must come from one of our own pages. Server
// actions get this check from Next.js; route handlers get it here (through lib/http/route.ts).
//
// - A request with an Origin must name this site: the Host it was sent to, or the configured
//   public URL (NEXTAUTH_URL). "null" (a sandboxed frame, a file: page, some redirects) is refused.
// - A request without Origin is not from a browser page that could carry our cookies across
//   sites (browsers send Origin on every cross-origin POST), so it is let through, as Next.js does
//   for server actions.
export function isSameOrigin(headers: Headers, publicUrl = process.env.NEXTAUTH_URL): boolean {
  const origin = headers.get('origin')
  if (origin === null) return true
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false // "null" and anything else that is not a URL
  }
  if (host === headers.get('host')) return true
  return Boolean(publicUrl) && host === safeHost(publicUrl!)
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}
