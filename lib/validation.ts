import { z } from 'zod'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './auth/password-rules'
import { AppError } from './errors'

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

// zod's own English messages ("Invalid input: expected string, received undefined", "Too big: …")
// are for developers; a schema's own messages ("Enter your name.") are kept as they are.
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Invalid key in record|Invalid (string|number|element|value)|Too (big|small):)/
const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of fields',
}

/** A field's name as shown in a message: cut short, since it may be anything a client sent. */
const shown = (key: string) => `“${key.length > 60 ? `${key.slice(0, 60)}…` : key}”`

/** A message a person can act on, for an issue whose message is zod's own. */
function plainMessage(issue: z.core.$ZodIssue, key: string): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message
  if (key === 'form') return 'This form was sent in a shape it does not accept. Reload the page and try again.'
  const field = shown(key)
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message)
        ? `Fill in ${field}.`
        : `${field} must be ${KIND[issue.expected] ?? 'of another kind'}.`
    case 'too_big':
      return issue.origin === 'string'
        ? `${field} can be at most ${issue.maximum} characters.`
        : issue.origin === 'array'
          ? `${field} can have at most ${issue.maximum} items.`
          : `${field} can be at most ${issue.maximum}.`
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? `Fill in ${field}.`
          : `${field} needs at least ${issue.minimum} characters.`
        : issue.origin === 'array'
          ? `${field} needs at least ${issue.minimum} items.`
          : `${field} must be at least ${issue.minimum}.`
    case 'invalid_value':
      return `Choose one of the options offered for ${field}.`
    case 'invalid_key':
      return `${field} holds a field name this form does not accept.`
    default:
      // Among them zod's bare "Invalid input" (a union none of whose shapes fit).
      return `${field} is not a value this form accepts.`
  }
}

/**
 * Turns zod issues into per-field messages and one summary message. The fields are collected in a
 * Map: a field named `__proto__`, `constructor` or `hasOwnProperty` is a key like any other, not a
 * lookup on Object.prototype (which made such a field crash the refusal itself).
 */
export function fieldErrorsOf(error: z.ZodError): { message: string; fieldErrors: Record<string, string[]> } {
  const fields = new Map<string, string[]>()
  const add = (key: string, message: string) => fields.set(key, [...(fields.get(key) ?? []), message])
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, `${shown(key)} is not a field this form accepts.`)
      continue
    }
    const key = issue.path.join('.') || 'form'
    add(key, plainMessage(issue, key))
  }
  const first = [...fields.values()][0]?.[0] ?? 'Check the form and try again.'
  return { message: first, fieldErrors: Object.fromEntries(fields) }
}

/** A domain function's refusal of input its own schema rejected: the same plain messages as a form's. */
export function badInput(error: z.ZodError): AppError {
  const { message, fieldErrors } = fieldErrorsOf(error)
  return new AppError('BAD_INPUT', message, fieldErrors)
}

/**
 * FormData to a plain object, without the fields Next.js adds to server-action posts. Built with
 * Object.fromEntries, so a field named `__proto__` is an own field that a strict schema refuses,
 * not a silent assignment to the object's prototype. (Repeated fields: the last one wins.)
 */
export function formToObject(form: FormData): Record<string, string> {
  const entries = [...form.entries()].filter((e): e is [string, string] => !e[0].startsWith('$ACTION') && typeof e[1] === 'string')
  return Object.fromEntries(entries)
}
