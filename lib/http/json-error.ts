import { expectedError, type AppErrorCode } from '@/lib/errors'

const STATUS: Record<AppErrorCode, number> = {
  BAD_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EXPIRED: 410,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
}

/**
 * Expected errors as JSON with a status and a message fit to show, and Retry-After when the same
 * request may succeed later (429, 503); anything else is rethrown.
 */
export function jsonError(error: unknown): Response {
  const expected = expectedError(error)
  if (!expected) throw error
  const headers: HeadersInit = expected.retryAfterSeconds ? { 'Retry-After': String(Math.ceil(expected.retryAfterSeconds)) } : {}
  return Response.json({ error: expected.code, message: expected.message }, { status: STATUS[expected.code], headers })
}

export const unauthorized = () =>
  Response.json(
    { error: 'UNAUTHORIZED', message: 'Your session has ended. Sign in again: your answers are kept on this device.' },
    { status: 401 },
  )
