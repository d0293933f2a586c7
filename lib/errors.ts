// Expected failures carry a code and a message fit to show the person who caused them.
// Anything else is a bug and goes to the error boundary.
export type AppErrorCode = 'BAD_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'RATE_LIMITED' | 'EXPIRED'

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

/** The state a form's server action returns: a message, per-field messages, or success. */
export interface ActionState {
  ok?: boolean
  message?: string
  fieldErrors?: Record<string, string[] | undefined>
}

export function toActionState(error: unknown): ActionState {
  if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors }
  throw error
}
