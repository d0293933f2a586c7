// Expected failures carry a code and a message fit to show the person who caused them.
// Anything else is a bug and goes to the error boundary.
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database/unavailable'

export type AppErrorCode = 'BAD_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'RATE_LIMITED' | 'EXPIRED' | 'UNAVAILABLE'

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** For RATE_LIMITED and UNAVAILABLE: when the same request may succeed (HTTP Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

/**
 * An expected failure as an AppError, or null for a bug. A database that cannot serve the request
 * now (pool exhausted, restarting, unreachable) is expected under load: the person is asked to try
 * again in a moment. What they sent is not lost: the form keeps its input and the quiz page's queue
 * keeps the answer until a retry is acknowledged.
 */
export function expectedError(error: unknown): AppError | null {
  if (isAppError(error)) return error
  return isDatabaseUnavailable(error) ? unavailableError() : null
}

export function unavailableError(): AppError {
  return new AppError(
    'UNAVAILABLE',
    'Lectern is very busy right now. Nothing was lost: try again in a moment.',
    undefined,
    RETRY_AFTER_SECONDS,
  )
}

/** The state a form's server action returns: a message, per-field messages, or success. */
export interface ActionState {
  ok?: boolean
  message?: string
  fieldErrors?: Record<string, string[] | undefined>
}

export function toActionState(error: unknown): ActionState {
  const expected = expectedError(error)
  if (expected) return { message: expected.message, fieldErrors: expected.fieldErrors }
  throw error
}
