import { safeRedirectPath } from '@/lib/http/safe-redirect'

const ORIGIN = 'https://lectern.example.edu'

describe('the target after sign-in', () => {
  it.each([
    ['/dashboard', '/dashboard'],
    ['/join/ABCD-EFGH', '/join/ABCD-EFGH'],
    ['/attempts/abc?tab=2#q3', '/attempts/abc?tab=2#q3'],
    // Encoded characters stay encoded: they are part of a path on this site, not a host.
    ['/%5Cevil.example/x', '/%5Cevil.example/x'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps a path on this site: %s', (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected)
  })

  it.each([
    ['a backslash after the slash', '/\\evil.example/x'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a carriage return between the slashes', '/\r/evil.example'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a dot segment that collapses to //', '/.//evil.example'],
    ['an absolute URL to another site', 'https://evil.example/x'],
    ['an absolute URL with credentials', 'https://lectern.example.edu@evil.example/'],
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['a JavaScript: URL with a leading space and tab', ' \tJavaScript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['an empty string', ''],
  ])('refuses %s and falls back to the dashboard', (_, target) => {
    expect(safeRedirectPath(target)).toBe('/dashboard')
  })

  it('refuses a target that is not a string, or is absurdly long', () => {
    expect(safeRedirectPath(undefined)).toBe('/dashboard')
    expect(safeRedirectPath(['/a', '/b'])).toBe('/dashboard')
    expect(safeRedirectPath(`/${'a'.repeat(3000)}`)).toBe('/dashboard')
  })

  it("accepts an absolute URL on the app's own origin and returns it as a path", () => {
    expect(safeRedirectPath(`${ORIGIN}/classes/1?x=1#y`, { origin: ORIGIN })).toBe('/classes/1?x=1#y')
    expect(safeRedirectPath('http://lectern.example.edu/classes/1', { origin: ORIGIN })).toBe('/dashboard')
    expect(safeRedirectPath('https://lectern.example.edu:8443/x', { origin: ORIGIN })).toBe('/dashboard')
  })

  it('uses the fallback the caller names', () => {
    expect(safeRedirectPath('//evil.example', { fallback: '/signin' })).toBe('/signin')
  })
})
