// The client's address as the first proxy saw it. Without a trusted proxy in front, a client can
// forge X-Forwarded-For; the per-account limit still holds, which is the one that protects accounts.
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const get = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name]
    return Array.isArray(value) ? value[0] : value
  }
  const forwarded = get('x-forwarded-for')?.split(',')[0]?.trim()
  return (forwarded || get('x-real-ip') || 'unknown').slice(0, 64)
}
