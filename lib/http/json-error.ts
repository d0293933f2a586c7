import { isAppError, type AppErrorCode } from '@/lib/errors'

const STATUS: Record<AppErrorCode, number> = {
  BAD_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EXPIRED: 410,
  RATE_LIMITED: 429,
}

/** Expected errors as JSON with a status and a message fit to show; anything else is rethrown. */
export function jsonError(error: unknown): Response {
  if (!isAppError(error)) throw error
  return Response.json({ error: error.code, message: error.message }, { status: STATUS[error.code] })
}

export const unauthorized = () =>
  Response.json(
    { error: 'UNAUTHORIZED', message: 'Your session has ended. Sign in again: your answers are kept on this device.' },
    { status: 401 },
  )
