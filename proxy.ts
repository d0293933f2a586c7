import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, strictTransportSecurity } from '@/lib/http/content-security-policy'
import { isServedOverHttps } from '@/lib/http/public-url'

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
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  const hsts = strictTransportSecurity(isHttps)
  if (hsts) response.headers.set('Strict-Transport-Security', hsts)
  return response
}

export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)' }],
}
