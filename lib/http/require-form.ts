import { AppError } from '@/lib/errors'

/**
 * The submitted form, for an action that reads it itself (repeated fields, a file). A server action
 * can be called with any arguments, not only by its form: a plain object passes the schema, but
 * there is no form to read, so it is refused in words rather than crashing on `null`.
 */
export function requireForm(form: FormData | null): FormData {
  if (!form) throw new AppError('BAD_INPUT', 'This form could not be read. Reload the page and send it again.')
  return form
}
