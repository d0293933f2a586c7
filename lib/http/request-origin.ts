// The origin a request was made to, as far as this server can tell from its headers. The one place
// that reads Host and X-Forwarded-*: whoever changes which proxy is trusted changes only this file.
//
// X-Forwarded-Host and X-Forwarded-Proto are believed only behind a trusted proxy
// (TRUSTED_PROXY_HOPS > 0), because without one any client can send them. Next's own server
// (`next start`) speaks plain http, so with no trusted proxy the scheme is http.

import { trustedProxyHops } from './trusted-proxy'

export type HeaderSource = Headers | Record<string, string | string[] | undefined>

export function trustsForwardedHeaders(): boolean {
  return trustedProxyHops() > 0
}

export function requestOrigin(headers: HeaderSource): string | null {
  const trusted = trustsForwardedHeaders()
  const host = (trusted && firstValue(headers, 'x-forwarded-host')) || firstValue(headers, 'host')
  const scheme = trusted && firstValue(headers, 'x-forwarded-proto')?.toLowerCase() === 'https' ? 'https' : 'http'
  if (!host) return null
  try {
    const url = new URL(`${scheme}://${host}`)
    // A Host header carrying a path, credentials or the like is not a host: refuse it.
    return url.host === host.toLowerCase() ? url.origin : null
  } catch {
    return null
  }
}

// A proxy chain may join several values with commas; the first is what the client asked for.
function firstValue(headers: HeaderSource, name: string): string | undefined {
  const raw = headers instanceof Headers ? headers.get(name) : headers[name]
  const value = Array.isArray(raw) ? raw[0] : raw
  return value?.split(',')[0]?.trim() || undefined
}
