import 'server-only'
import { createRemoteJWKSet } from 'jose'

// Each platform's public key set, fetched from its registered JWKS URL and cached by jose, which
// fetches it again when a token names a key id it has not seen (the platform rotated its keys) —
// at most once every 30 seconds, so a flood of bad tokens cannot make Lectern hammer the platform.
const sets = new Map<string, ReturnType<typeof createRemoteJWKSet>>()

export function platformKeySet(jwksUrl: string) {
  let set = sets.get(jwksUrl)
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000, timeoutDuration: 10_000 })
    sets.set(jwksUrl, set)
  }
  return set
}
