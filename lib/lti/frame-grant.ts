import crypto from 'node:crypto'

// Which origins may frame the pages a launched person reaches. Framing stays denied everywhere by
// default (frame-ancestors 'none'); a launch that continues inside the platform's frame sets this
// cookie, naming that platform's registered origins, signed so that nobody can widen it by hand.
// proxy.ts reads it on every page; it holds no secret of its own (no 'server-only'), and when
// NEXTAUTH_SECRET is not in the environment no grant verifies, so framing stays denied.

export const FRAME_GRANT_COOKIE = 'lectern-lti-frame'

function mac(payload: string, secret: string): string {
  return crypto.createHmac('sha256', `lti-frame-grant:${secret}`).update(payload).digest('base64url')
}

export function signFrameGrant(origins: string[], secret: string): string {
  const payload = Buffer.from(JSON.stringify(origins)).toString('base64url')
  return `${payload}.${mac(payload, secret)}`
}

/** The origins a grant names, or none when it is absent, tampered with or signed by another secret. */
export function readFrameGrant(value: string | undefined, secret: string | undefined): string[] {
  if (!value || !secret) return []
  const [payload, signature] = value.split('.')
  if (!payload || !signature) return []
  const expected = mac(payload, secret)
  if (expected.length !== signature.length || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return []
  try {
    const origins: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return Array.isArray(origins) ? origins.filter((o): o is string => typeof o === 'string' && /^https?:\/\/[^\s;,']+$/.test(o)) : []
  } catch {
    return []
  }
}
