// The Content-Security-Policy and Strict-Transport-Security headers of every page, built here and
// nowhere else (decision 012). proxy.ts calls it once per request with a fresh nonce.
//
// Scripts: only those carrying this response's nonce (Next.js puts it on its own scripts when it
// finds it in the request's CSP header), the lesson reader's one inline script by its hash (that
// page is static HTML, so it cannot carry a nonce), and what those load ('strict-dynamic'). No
// 'unsafe-inline' for scripts. Styles do allow inline: React renders style={…} as attributes,
// which no nonce or hash can cover, and CSS cannot run code.
// Pure, with no 'server-only' guard: proxy.ts imports it, and it holds no secret.

export interface PolicyOptions {
  /** Fresh per response: base64 of at least 128 random bits. */
  nonce: string
  /** 'sha256-…' sources for known inline scripts of static pages. */
  scriptHashes?: readonly string[]
  /** Who may frame the page. Denied by default; a later LTI launch will name registered platforms. */
  frameAncestors?: readonly string[]
  /** Served over https: then mixed content is upgraded. */
  isHttps?: boolean
  /** next dev: React's development build needs eval for its error overlays. */
  isDevelopment?: boolean
}

export function contentSecurityPolicy(opts: PolicyOptions): string {
  if (!/^[A-Za-z0-9+/_-]{22,}={0,2}$/.test(opts.nonce)) throw new Error('A CSP nonce must be base64 of at least 128 random bits')
  const frameAncestors = opts.frameAncestors?.length ? opts.frameAncestors : ["'none'"]
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    [
      'script-src',
      "'self'",
      `'nonce-${opts.nonce}'`,
      "'strict-dynamic'",
      ...(opts.scriptHashes ?? []).map((h) => `'${h}'`),
      ...(opts.isDevelopment ? ["'unsafe-eval'"] : []),
    ],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', ...frameAncestors],
  ]
  if (opts.isHttps) directives.push(['upgrade-insecure-requests'])
  return directives.map((d) => d.join(' ')).join('; ')
}

/** HSTS only over https: on a plain-http school LAN it would lock browsers out of the site. */
export function strictTransportSecurity(isHttps: boolean): string | null {
  return isHttps ? 'max-age=31536000' : null
}
