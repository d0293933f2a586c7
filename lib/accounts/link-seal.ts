import 'server-only'
import crypto from 'node:crypto'
import { env } from '@/lib/env'
import { hashToken } from './one-time-token'

// One-time links are looked up by their SHA-256 (one-time-token.ts). Invite and reset links are
// also kept sealed — AES-256-GCM under a key derived from NEXTAUTH_SECRET — so the person who
// issued one can be shown it again until it is used or expires (docs/decisions/022-admin-and-listed-links.md).
// A copy of the database alone still holds no usable link; whoever also holds NEXTAUTH_SECRET can
// already mint any session, so the sealed copy gives them nothing more. Rotating the secret makes
// old sealed copies unreadable (unseal answers null) while the links themselves keep working.

const VERSION = 'v1'

function key(): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', env().nextAuthSecret, 'lectern', 'one-time-link seal v1', 32))
}

export function sealToken(token: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`
}

/** The link's secret, or null when it cannot be read back (another secret, tampered, or not the row's token). */
export function unsealToken(sealed: string | null, tokenHash: string): string | null {
  if (!sealed) return null
  const [version, ivText, bodyText] = sealed.split('.')
  if (version !== VERSION || !ivText || !bodyText) return null
  try {
    const body = Buffer.from(bodyText, 'base64url')
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(), Buffer.from(ivText, 'base64url'))
    decipher.setAuthTag(body.subarray(body.length - 16))
    const token = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8')
    // Bound to its own row: a sealed copy moved onto another token's row does not open.
    return hashToken(token) === tokenHash ? token : null
  } catch {
    return null
  }
}
