import { AppError } from '@/lib/errors'
import { isValidTimeZone, zonedLocalToUtc } from '@/lib/time/zoned-time'

const DATE_FIELDS = ['opensAt', 'dueAt', 'lateCutoffAt'] as const
const LIST_FIELDS = ['requiredParts', 'questionSetIds'] as const
const OPTIONAL_NUMBERS = ['timeLimitMinutes'] as const

/**
 * Pure: the assignment and accommodation forms post wall-clock times typed in the instructor's time
 * zone (sent along as `timeZone` by the browser; UTC without JavaScript). This turns the form into
 * the input the domain schemas expect: UTC ISO dates, arrays for checkbox groups, null for blanks.
 * Unknown fields pass through, so the strict schemas can reject them by name.
 */
export function assignmentFormToInput(form: FormData): Record<string, unknown> {
  const timeZone = String(form.get('timeZone') || 'UTC')
  if (!isValidTimeZone(timeZone)) throw new AppError('BAD_INPUT', `Unknown time zone “${timeZone.slice(0, 60)}”.`)
  const input: Record<string, unknown> = {}
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION') || key === 'timeZone' || typeof value !== 'string') continue
    if ((LIST_FIELDS as readonly string[]).includes(key)) continue
    input[key] = value
  }
  for (const key of LIST_FIELDS) if (form.has(key) || key in input) input[key] = form.getAll(key).map(String)
  for (const key of DATE_FIELDS) {
    const raw = input[key]
    if (raw === undefined) continue
    if (raw === '') {
      input[key] = null
      continue
    }
    const utc = zonedLocalToUtc(String(raw), timeZone)
    // An unreadable value is passed on as typed, so the schema reports it against its field.
    input[key] = utc ? utc.toISOString() : String(raw)
  }
  for (const key of OPTIONAL_NUMBERS) if (input[key] === '') input[key] = null
  return input
}
