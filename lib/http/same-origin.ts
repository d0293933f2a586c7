import { publicOrigin } from './public-url'
import { requestOrigin } from './request-origin'

// Cross-site request forgery: a state-changing request must come from one of our own pages. Server
// actions get this check from Next.js; route handlers get it here (through lib/http/route.ts).
//
// - A request with an Origin must name this site: the origin the request was sent to
//   (request-origin.ts) or the configured public one (NEXTAUTH_URL). "null" (a sandboxed frame, a
//   file: page, some redirects) is refused.
// - A request without Origin is not from a browser page that could carry our cookies across
//   sites (browsers send Origin on every cross-origin POST), so it is let through, as Next.js does
//   for server actions.
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin === null) return true
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false // "null" and anything else that is not a URL
  }
  return [requestOrigin(headers), publicOrigin(headers)].some((own) => own !== null && new URL(own).host === host)
}
