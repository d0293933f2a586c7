// Stands in for the parts of Next.js and next-auth that a server action or route handler reaches
// outside a real request, so integration tests can call them as a chosen person. Call
// installNextRequestMocks() before importing any module under app/ (ESM mocks apply to later
// imports only); then signInAs(user) or signInAs(null) before each call.
import { createRequire } from 'node:module'
import { jest } from '@jest/globals'

export interface SessionUser {
  id: string
  name: string
  email: string
  role: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'
}

/** What redirect() and notFound() throw here, as Next's do: control flow, not errors. */
export class RedirectThrown extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`)
  }
}
export class NotFoundThrown extends Error {
  constructor() {
    super('not found')
  }
}

let current: SessionUser | null = null
export const REQUEST_HEADERS = { host: 'localhost:3000', origin: 'http://localhost:3000', 'x-lectern-peer': '127.0.0.1' }

export function signInAs(user: SessionUser | null) {
  current = user
}

export function installNextRequestMocks() {
  jest.unstable_mockModule('next-auth', () => ({
    getServerSession: async () => (current ? { user: { ...current }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
  }))
  // Jest's ESM loader hands a CommonJS module's whole exports object to a default import.
  const credentials = createRequire(import.meta.url)('next-auth/providers/credentials')
  jest.unstable_mockModule('next-auth/providers/credentials', () => ({ default: credentials.default }))
  jest.unstable_mockModule('next/headers', () => ({
    headers: async () => new Headers(REQUEST_HEADERS),
    cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  }))
  jest.unstable_mockModule('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
  jest.unstable_mockModule('next/navigation', () => ({
    redirect: (location: string) => {
      throw new RedirectThrown(location)
    },
    notFound: () => {
      throw new NotFoundThrown()
    },
  }))
  jest.unstable_mockModule('next/server', () => ({ connection: async () => undefined }))
}
