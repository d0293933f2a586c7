// Pure: values from raw SQL rows, which the two database drivers return slightly differently.

/** A timestamp column (stored as UTC without a zone) as a Date; drivers give a Date or a string. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value
  const text = String(value)
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`)
}

/** A count or sum, whichever of number, bigint, string or Decimal the driver produced. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0
  return typeof value === 'number' ? value : Number(value)
}

/** Like toNumber, but keeps "no value" distinct from zero. */
export function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value)
}

/** A text[] column; some drivers return the PostgreSQL literal "{a,b}" instead of an array. */
export function toStringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string' && value.startsWith('{'))
    return value
      .slice(1, -1)
      .split(',')
      .filter(Boolean)
      .map((s) => s.replace(/^"|"$/g, ''))
  return []
}
