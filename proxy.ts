import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, strictTransportSecurity } from '@/lib/http/content-security-policy'
import { isServedOverHttps } from '@/lib/http/public-url'
import { FRAME_GRANT_COOKIE, readFrameGrant } from '@/lib/lti/frame-grant'

// Runs before every page (not before static files or API routes, see config.matcher): a fresh
// nonce per request, the policy on the response for the browser, and on the request so that
// Next.js finds the nonce and puts it on its own scripts. Pages must therefore render per request
// (app/layout.tsx); decision 012 says what that costs.

// The lesson reader's inline script, hashed at build time by next.config.ts.
const READER_SCRIPT_HASHES = (process.env.LECTERN_READER_SCRIPT_HASH ?? '').split(' ').filter(Boolean)

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const isHttps = isServedOverHttps(request.headers)
  const policy = contentSecurityPolicy({
    nonce,
    scriptHashes: READER_SCRIPT_HASHES,
    isHttps,
    isDevelopment: process.env.NODE_ENV === 'development',
    // Framing is denied unless this browser continued an LTI launch inside a registered platform's frame.
    frameAncestors: readFrameGrant(request.cookies.get(FRAME_GRANT_COOKIE)?.value, process.env.NEXTAUTH_SECRET),
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  // Kept beside frame-ancestors for browsers that predate it, except where a platform may frame the page.
  if (!policy.includes("frame-ancestors 'none'")) response.headers.delete('X-Frame-Options')
  else response.headers.set('X-Frame-Options', 'DENY')
  const hsts = strictTransportSecurity(isHttps)
  if (hsts) response.headers.set('Strict-Transport-Security', hsts)
  return response
}

export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)' }],
}
