import 'server-only'
import crypto from 'node:crypto'
import { SignJWT } from 'jose'
import type { LtiPlatform } from '@/lib/generated/prisma/client'
import { signingKey, TOOL_TOKEN_LIFETIME_SECONDS } from './tool-keys'

// OAuth 2 client credentials with a signed JWT assertion (1EdTech Security Framework §4.1), the one
// way Lectern gets a token for a platform's services (AGS, NRPS). Every assertion has a fresh `jti`:
// Canvas refuses a reused one ("Duplicate nonce detected"). Tokens are cached per platform and
// scope set in this process until a minute before they expire.

type Platform = Pick<LtiPlatform, 'id' | 'clientId' | 'tokenUrl'>

const cache = new Map<string, { token: string; expiresAt: number }>()

export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** Seconds the platform asked us to wait (Retry-After), if it said. */
    readonly retryAfterSeconds?: number,
    /** The start of what the platform answered, for people to read. */
    readonly detail?: string,
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}

export async function clientAssertion(platform: Platform, now = Date.now()): Promise<string> {
  const { kid, key } = await signingKey()
  const iat = Math.floor(now / 1000)
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOOL_TOKEN_LIFETIME_SECONDS)
    .setJti(crypto.randomUUID())
    .sign(key)
}

export async function serviceToken(platform: Platform, scopes: string[]): Promise<string> {
  const cacheKey = `${platform.id} ${[...scopes].sort().join(' ')}`
  const hit = cache.get(cacheKey)
  if (hit && hit.expiresAt > Date.now()) return hit.token
  const response = await fetch(platform.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await clientAssertion(platform),
      scope: scopes.join(' '),
    }),
    signal: AbortSignal.timeout(15_000),
  })
  if (!response.ok) {
    throw new ServiceError(
      `The platform refused a service token (${response.status}): ${(await response.text()).slice(0, 300)}`,
      response.status,
    )
  }
  const body = (await response.json()) as { access_token?: string; expires_in?: number }
  if (!body.access_token) throw new ServiceError('The platform’s token response had no access_token.')
  const lifetime = Math.max(0, (body.expires_in ?? 3600) - 60)
  cache.set(cacheKey, { token: body.access_token, expiresAt: Date.now() + lifetime * 1000 })
  return body.access_token
}

/** Forget a token the platform no longer accepts (a 401 from a service): the next call buys a new one. */
export function forgetServiceToken(platformId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${platformId} `)) cache.delete(key)
}

/**
 * One authorized request to a platform service: a 401 buys a new token once; other failures throw
 * a ServiceError carrying the status and any Retry-After.
 */
export async function serviceFetch(platform: Platform, scopes: string[], url: string, init: RequestInit = {}): Promise<Response> {
  for (let round = 0; round < 2; round++) {
    const token = await serviceToken(platform, scopes)
    const response = await fetch(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    })
    if (response.status === 401 && round === 0) {
      forgetServiceToken(platform.id)
      continue
    }
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after'))
      const detail = (await response.text()).slice(0, 300)
      throw new ServiceError(
        `${init.method ?? 'GET'} ${url} answered ${response.status}: ${detail}`,
        response.status,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
        detail,
      )
    }
    return response
  }
  throw new ServiceError('The platform refused the service token twice.', 401)
}
