import crypto from 'node:crypto'
import type { TQuestion } from './question-schema'

/** JSON with keys sorted at every level, so the same question always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/** A question's version: the first 16 hex digits of the SHA-256 of its canonical JSON. */
export function questionVersion(question: TQuestion): string {
  return crypto.createHash('sha256').update(canonical(question)).digest('hex').slice(0, 16)
}
