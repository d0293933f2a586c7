import { requestOrigin, type HeaderSource } from './request-origin'

// Absolute links to this app (join links, invite and reset links) are built here and nowhere else.
// The configured public address (NEXTAUTH_URL, which next-auth also uses for its own redirects)
// wins: behind a proxy, or in the render that follows a server action's redirect (which Next makes
// as a fetch to localhost:<port>), the request's Host is not the address people use. Without it,
// the request's own origin (lib/http/request-origin.ts) is the best guess.

const FALLBACK_ORIGIN = 'http://localhost:3000'

/** The origin people use to reach the app, e.g. "https://lectern.example.edu". */
export function publicOrigin(headers: HeaderSource): string {
  return configuredOrigin() ?? requestOrigin(headers) ?? FALLBACK_ORIGIN
}

/** The configured public URL is https, or the request came over https through a trusted proxy. */
export function isServedOverHttps(headers: HeaderSource): boolean {
  return publicOrigin(headers).startsWith('https:') || requestOrigin(headers)?.startsWith('https:') === true
}

/** An absolute URL for a path of this app. */
export function publicUrl(path: string, headers: HeaderSource): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`publicUrl needs an app path, got ${path}`)
  return `${publicOrigin(headers)}${path}`
}

// lib/env.ts validates NEXTAUTH_URL at start-up; this reads only its origin (Lectern has no basePath).
function configuredOrigin(): string | null {
  const configured = process.env.NEXTAUTH_URL
  if (!configured) return null
  try {
    return new URL(configured).origin
  } catch {
    return null
  }
}
