import { isServedOverHttps, publicOrigin, publicUrl } from '@/lib/http/public-url'

const saved = { url: process.env.NEXTAUTH_URL, hops: process.env.TRUSTED_PROXY_HOPS }
afterEach(() => {
  process.env.NEXTAUTH_URL = saved.url
  process.env.TRUSTED_PROXY_HOPS = saved.hops
  if (saved.url === undefined) delete process.env.NEXTAUTH_URL
  if (saved.hops === undefined) delete process.env.TRUSTED_PROXY_HOPS
})

function configure(opts: { publicUrl?: string; trustedProxyHops?: number }) {
  if (opts.publicUrl) process.env.NEXTAUTH_URL = opts.publicUrl
  else delete process.env.NEXTAUTH_URL
  if (opts.trustedProxyHops) process.env.TRUSTED_PROXY_HOPS = String(opts.trustedProxyHops)
  else delete process.env.TRUSTED_PROXY_HOPS
}

describe('absolute links to the app', () => {
  it('use the configured public URL whatever host the request names', () => {
    configure({ publicUrl: 'https://lectern.example.edu' })
    // The render after a server action's redirect arrives as a fetch to localhost:<port>.
    expect(publicUrl('/join/ABCD-EFGH', new Headers({ host: 'localhost:3000' }))).toBe('https://lectern.example.edu/join/ABCD-EFGH')
  })

  it('keep http when the configured public URL is http (a school LAN address)', () => {
    configure({ publicUrl: 'http://10.1.2.3:3000' })
    expect(publicUrl('/join/ABCD-EFGH', { host: '10.1.2.3:3000' })).toBe('http://10.1.2.3:3000/join/ABCD-EFGH')
  })

  it('use only the origin of the configured URL', () => {
    configure({ publicUrl: 'https://lectern.example.edu/api/auth' })
    expect(publicOrigin(new Headers())).toBe('https://lectern.example.edu')
  })

  it('without a configured URL, use the request host over plain http, not a guessed https', () => {
    configure({})
    expect(publicUrl('/invite/t', new Headers({ host: '192.168.0.20:3000' }))).toBe('http://192.168.0.20:3000/invite/t')
    expect(publicUrl('/invite/t', new Headers({ host: 'lectern.school.lan' }))).toBe('http://lectern.school.lan/invite/t')
  })

  it('ignore X-Forwarded-Host and X-Forwarded-Proto when no proxy is trusted: any client can send them', () => {
    configure({})
    const headers = new Headers({ host: '192.168.0.20:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' })
    expect(publicOrigin(headers)).toBe('http://192.168.0.20:3000')
  })

  it('believe the forwarded host and scheme behind a trusted proxy', () => {
    configure({ trustedProxyHops: 1 })
    const headers = { host: '127.0.0.1:3000', 'x-forwarded-host': 'lectern.example.edu', 'x-forwarded-proto': 'https, http' }
    expect(publicOrigin(headers)).toBe('https://lectern.example.edu')
  })

  it('refuse a Host header that is not a host', () => {
    configure({})
    expect(publicOrigin(new Headers({ host: 'evil.example/path' }))).toBe('http://localhost:3000')
    expect(publicOrigin({ host: 'user@evil.example' })).toBe('http://localhost:3000')
  })

  it('are built only from app paths', () => {
    configure({ publicUrl: 'https://lectern.example.edu' })
    expect(() => publicUrl('//evil.example/x', new Headers())).toThrow()
    expect(() => publicUrl('https://evil.example/x', new Headers())).toThrow()
  })
})

describe('whether the app is served over https', () => {
  it('is true when the configured public URL is https', () => {
    configure({ publicUrl: 'https://lectern.example.edu' })
    expect(isServedOverHttps(new Headers({ host: 'localhost:3000' }))).toBe(true)
  })

  it('is true when the request came over https through a trusted proxy', () => {
    configure({ trustedProxyHops: 1 })
    expect(isServedOverHttps(new Headers({ host: 'lectern.example.edu', 'x-forwarded-proto': 'https' }))).toBe(true)
  })

  it('is false over plain http, and for a forwarded scheme that no trusted proxy vouches for', () => {
    configure({ publicUrl: 'http://10.1.2.3:3000' })
    expect(isServedOverHttps(new Headers({ host: '10.1.2.3:3000' }))).toBe(false)
    configure({})
    expect(isServedOverHttps(new Headers({ host: '10.1.2.3:3000', 'x-forwarded-proto': 'https' }))).toBe(false)
  })
})
