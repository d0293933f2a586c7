// The client's address, for throttles and the audit log. It is decided in one place:
//
// - scripts/serve.mjs, Lectern's HTTP server, writes the TCP peer's address into PEER_HEADER on
//   every request, overwriting whatever the client sent, so the header cannot be forged.
// - With TRUSTED_PROXY_HOPS=n (default 0), the last n hops are proxies of ours: the peer is the
//   nearest proxy, and each proxy appended the address it saw to X-Forwarded-For. The client is the
//   entry n places from the right of [...X-Forwarded-For, peer]; entries further left were written by
//   the client itself and are never read.
//
// docs/decisions/009-client-addresses-and-throttles.md says why.
import type { HeaderSource } from '@/lib/http/request-origin'
import { trustedProxyHops } from '@/lib/http/trusted-proxy'

export const PEER_HEADER = 'x-lectern-peer'

function header(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name]
  return (Array.isArray(value) ? value.join(',') : value) ?? undefined
}

export function clientIp(headers: HeaderSource, hops = trustedProxyHops()): string {
  const peer = header(headers, PEER_HEADER)?.trim()
  // Served some other way than scripts/serve.mjs (say, a bare `next start`): no trustworthy address.
  if (!peer) return 'unknown'
  const forwarded = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...forwarded, peer]
  // Fewer entries than trusted hops means a proxy did not append: take the left-most we have.
  const client = chain[Math.max(0, chain.length - 1 - hops)]
  return normalizeAddress(client).slice(0, 64)
}

// "::ffff:203.0.113.5" is the IPv4 client of a dual-stack socket: one client, one key.
function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')
}
