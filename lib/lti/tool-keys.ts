import 'server-only'
import crypto from 'node:crypto'
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose'
import { db } from '@/lib/db'
import { env } from '@/lib/env'

// Lectern's own RS256 key pairs, which sign what Lectern sends a platform: deep-linking responses
// and the client assertions that buy AGS/NRPS tokens. The newest unretired key signs. Rotating
// retires it and makes a new one; the retired key stays published until every token it signed has
// expired (TOOL_TOKEN_LIFETIME_SECONDS, plus a margin for platforms that cache our key set), so a
// rotation never breaks a response already on its way. Private keys are stored sealed under a key
// derived from NEXTAUTH_SECRET, like one-time links (lib/accounts/link-seal.ts).

export const TOOL_TOKEN_LIFETIME_SECONDS = 5 * 60
/** How long a retired key is still published: its tokens' lifetime and an hour of platform caching. */
export const RETIRED_KEY_PUBLISHED_SECONDS = TOOL_TOKEN_LIFETIME_SECONDS + 60 * 60
const ALG = 'RS256'

function sealKey(): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', env().nextAuthSecret, 'lectern', 'lti tool key seal v1', 32))
}

function seal(privateJwk: JWK): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', sealKey(), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(privateJwk), 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`
}

function unseal(sealed: string): JWK {
  const [, ivText, bodyText] = sealed.split('.')
  const body = Buffer.from(bodyText, 'base64url')
  const decipher = crypto.createDecipheriv('aes-256-gcm', sealKey(), Buffer.from(ivText, 'base64url'))
  decipher.setAuthTag(body.subarray(body.length - 16))
  return JSON.parse(Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8'))
}

async function createKey(): Promise<{ kid: string }> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true, modulusLength: 2048 })
  const kid = crypto.randomUUID()
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' }
  await db.ltiToolKey.create({ data: { kid, publicJwk, privateSealed: seal(await exportJWK(privateKey)) } })
  return { kid }
}

/** The key that signs now, made on first use. */
export async function signingKey(): Promise<{ kid: string; key: CryptoKey }> {
  let row = await db.ltiToolKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: 'desc' } })
  if (!row) {
    await createKey()
    row = await db.ltiToolKey.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { createdAt: 'desc' } })
  }
  return { kid: row.kid, key: (await importJWK(unseal(row.privateSealed), ALG)) as CryptoKey }
}

/** The public key set served at /api/lti/jwks: the signing key and recently retired ones. */
export async function publishedKeySet(now = new Date()): Promise<{ keys: JWK[] }> {
  const publishedSince = new Date(now.getTime() - RETIRED_KEY_PUBLISHED_SECONDS * 1000)
  if ((await db.ltiToolKey.count({ where: { retiredAt: null } })) === 0) await createKey()
  const rows = await db.ltiToolKey.findMany({
    where: { OR: [{ retiredAt: null }, { retiredAt: { gt: publishedSince } }] },
    orderBy: { createdAt: 'desc' },
  })
  return { keys: rows.map((r) => r.publicJwk as JWK) }
}

/** Retires every signing key and makes a new one; returns the new key's id. */
export async function rotateToolKey(now = new Date()): Promise<{ kid: string; retired: string[] }> {
  const current = await db.ltiToolKey.findMany({ where: { retiredAt: null }, select: { kid: true } })
  const { kid } = await createKey()
  await db.ltiToolKey.updateMany({ where: { kid: { in: current.map((k) => k.kid) } }, data: { retiredAt: now } })
  return { kid, retired: current.map((k) => k.kid) }
}

/** Keys for the admin page: id, made, retired, and whether still published. */
export async function listToolKeys(now = new Date()) {
  const publishedSince = new Date(now.getTime() - RETIRED_KEY_PUBLISHED_SECONDS * 1000)
  const rows = await db.ltiToolKey.findMany({ orderBy: { createdAt: 'desc' }, select: { kid: true, createdAt: true, retiredAt: true } })
  return rows.map((r) => ({ ...r, isSigning: r.retiredAt === null, isPublished: r.retiredAt === null || r.retiredAt > publishedSince }))
}
