// Where to send a browser after signing in (or out), given a target taken from the request.
// String checks such as "starts with / and not //" are not enough: browsers read "/\evil.example"
// as "//evil.example", drop tabs and newlines inside URLs, and resolve "/.//evil.example" to
// "//evil.example". So the target is resolved the way a browser would, against the app's origin,
// and only a URL on that origin survives — returned as a path, so it can never leave the app.

// Stands in for the app's origin when the caller has none: a relative target resolves onto it,
// an absolute one to another origin does not. The .invalid TLD can never be a real host.
const PLACEHOLDER_ORIGIN = 'http://lectern.invalid'
const MAX_TARGET_LENGTH = 2048

export function safeRedirectPath(target: unknown, opts: { origin?: string; fallback?: string } = {}): string {
  const fallback = opts.fallback ?? '/dashboard'
  if (typeof target !== 'string' || target === '' || target.length > MAX_TARGET_LENGTH) return fallback
  const base = new URL(opts.origin ?? PLACEHOLDER_ORIGIN)
  let url: URL
  try {
    url = new URL(target, base)
  } catch {
    return fallback
  }
  if (url.origin !== base.origin) return fallback
  const path = `${url.pathname}${url.search}${url.hash}`
  // A path that starts "//" would be read as another host when used as a relative URL.
  return path.startsWith('//') ? fallback : path
}
