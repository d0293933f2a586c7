import { contentSecurityPolicy, strictTransportSecurity } from '@/lib/http/content-security-policy'

const NONCE = 'q1w2e3r4t5y6u7i8o9p0aA=='
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split('; ')
      .map((d) => d.split(' '))
      .map(([name, ...values]) => [name, values]),
  )

describe('the Content-Security-Policy header', () => {
  it('allows scripts only by nonce, by known hash and from what they load — never inline by default', () => {
    const csp = directives(contentSecurityPolicy({ nonce: NONCE, scriptHashes: ['sha256-abc='] }))
    expect(csp['script-src']).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'", "'sha256-abc='"])
    expect(csp['script-src']).not.toContain("'unsafe-inline'")
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
  })

  it('locks down everything else: own origin by default, no plugins, no foreign base or form targets', () => {
    const csp = directives(contentSecurityPolicy({ nonce: NONCE }))
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['base-uri']).toEqual(["'self'"])
    expect(csp['form-action']).toEqual(["'self'"])
    expect(csp['connect-src']).toEqual(["'self'"])
  })

  it('denies framing unless a caller names who may frame the page', () => {
    expect(directives(contentSecurityPolicy({ nonce: NONCE }))['frame-ancestors']).toEqual(["'none'"])
    expect(directives(contentSecurityPolicy({ nonce: NONCE, frameAncestors: [] }))['frame-ancestors']).toEqual(["'none'"])
    expect(directives(contentSecurityPolicy({ nonce: NONCE, frameAncestors: ['https://lms.example.edu'] }))['frame-ancestors']).toEqual([
      'https://lms.example.edu',
    ])
  })

  it('upgrades mixed content only over https, and allows eval only in development', () => {
    expect(contentSecurityPolicy({ nonce: NONCE })).not.toContain('upgrade-insecure-requests')
    expect(contentSecurityPolicy({ nonce: NONCE, isHttps: true })).toContain('upgrade-insecure-requests')
    expect(directives(contentSecurityPolicy({ nonce: NONCE, isDevelopment: true }))['script-src']).toContain("'unsafe-eval'")
  })

  it('refuses a nonce too short to be unguessable, or one that would break out of the header', () => {
    expect(() => contentSecurityPolicy({ nonce: 'abc' })).toThrow()
    expect(() => contentSecurityPolicy({ nonce: `${NONCE}'; script-src *` })).toThrow()
  })
})

describe('Strict-Transport-Security', () => {
  it('is sent only over https: on a plain-http LAN it would lock browsers out', () => {
    expect(strictTransportSecurity(true)).toMatch(/^max-age=\d{7,}$/)
    expect(strictTransportSecurity(false)).toBeNull()
  })
})
