import { clientIp, PEER_HEADER } from '@/lib/auth/client-ip'
import { trustedProxyHops } from '@/lib/http/trusted-proxy'

const peer = (address: string, forwarded?: string) => ({ [PEER_HEADER]: address, ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) })

describe('the client address used for throttles', () => {
  it('is the connection peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientIp(peer('203.0.113.5'), 0)).toBe('203.0.113.5')
    expect(clientIp(peer('203.0.113.5', '198.51.100.99'), 0)).toBe('203.0.113.5')
  })

  it('counts trusted proxy hops from the right, so a forged left-most entry is never read', () => {
    // nginx (the peer, 10.0.0.2) appended the client it saw; the client forged the first entry.
    expect(clientIp(peer('10.0.0.2', '198.51.100.99, 203.0.113.5'), 1)).toBe('203.0.113.5')
    // Two proxies: a load balancer (10.0.0.1) appended the client, nginx appended the balancer.
    expect(clientIp(peer('10.0.0.2', 'forged, 203.0.113.5, 10.0.0.1'), 2)).toBe('203.0.113.5')
  })

  it('takes the left-most address when there are fewer entries than trusted hops', () => {
    expect(clientIp(peer('10.0.0.2'), 2)).toBe('10.0.0.2')
  })

  it('reads the same from a Headers object and treats an IPv4-mapped IPv6 peer as its IPv4 address', () => {
    expect(clientIp(new Headers(peer('::ffff:203.0.113.5')), 0)).toBe('203.0.113.5')
  })

  it('is "unknown" without the peer header that only Lectern\'s server writes', () => {
    expect(clientIp({ 'x-forwarded-for': '203.0.113.5' }, 0)).toBe('unknown')
  })

  it('rejects a TRUSTED_PROXY_HOPS that is not a small whole number, naming the setting', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('1')).toBe(1)
    expect(() => trustedProxyHops('one')).toThrow(/TRUSTED_PROXY_HOPS/)
    expect(() => trustedProxyHops('-1')).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})
