// TRUSTED_PROXY_HOPS: how many proxies of ours stand in front of Lectern (default 0). One setting,
// read here, for both things that depend on it: which X-Forwarded-For entry is the client
// (lib/auth/client-ip.ts) and whether X-Forwarded-Host/-Proto are believed (request-origin.ts).

/** TRUSTED_PROXY_HOPS as a whole number from 0 to 10; anything else is a configuration error. */
export function trustedProxyHops(raw = process.env.TRUSTED_PROXY_HOPS): number {
  if (raw === undefined || raw.trim() === '') return 0
  const hops = Number(raw)
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the proxies in front of Lectern); it is "${raw}".`)
  }
  return hops
}
