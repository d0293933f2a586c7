import { z } from 'zod'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './auth/password-rules'

// Shared field rules. Every string has a maximum; every object is strict, so an unexpected field
// such as `role` is rejected rather than ignored.

export const zName = z
  .string({ error: 'Enter your name.' })
  .trim()
  .min(1, 'Enter your name.')
  .max(100, 'Names can be at most 100 characters.')

export const zEmail = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .max(254, 'Email addresses can be at most 254 characters.')
  .pipe(z.email('Enter a valid email address, like name@example.edu.'))
  .transform((email) => email.toLowerCase())

export const zNewPassword = z
  .string({ error: 'Choose a password.' })
  .min(PASSWORD_MIN_LENGTH, `Passwords need at least ${PASSWORD_MIN_LENGTH} characters — a short phrase works well.`)
  .max(PASSWORD_MAX_LENGTH, `Passwords can be at most ${PASSWORD_MAX_LENGTH} characters.`)

export const zJoinCode = z
  .string()
  .trim()
  .max(32, 'That join code is too long.')
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))

/**
 * For actions whose domain function parses the input itself (with its own strict schema): the
 * action only checks that it is an object of fields, so the rules live in one place.
 */
export const zFields = z.record(z.string().max(100), z.unknown())

/** Ids that arrive in forms and action arguments. */
export const zId = z.string().min(1).max(64)

/** Turns zod issues into per-field messages and one summary message. */
export function fieldErrorsOf(error: z.ZodError): { message: string; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) (fieldErrors[key] ??= []).push(`“${key}” is not a field this form accepts.`)
      continue
    }
    const key = issue.path.join('.') || 'form'
    ;(fieldErrors[key] ??= []).push(issue.message)
  }
  const first = Object.values(fieldErrors)[0]?.[0] ?? 'Check the form and try again.'
  return { message: first, fieldErrors }
}

/** FormData to a plain object, without the fields Next.js adds to server-action posts. */
export function formToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue
    if (typeof value === 'string') out[key] = value
  }
  return out
}
