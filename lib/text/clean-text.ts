// Text that PostgreSQL cannot store: NUL (U+0000) anywhere, and UTF-16 surrogates without their
// pair (which have no UTF-8 form). A browser can send both — a pasted binary file, a string cut in
// the middle of an emoji — and PostgreSQL would reject the whole statement. Cleaning them keeps the
// rest of the text: NUL is dropped (it carries nothing a reader sees) and a lone surrogate becomes
// U+FFFD, the replacement character, as a decoder would show it.
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/

export function cleanText(text: string): string {
  if (!UNSTORABLE.test(text)) return text // the common case: no copy
  return text.replace(/\u0000/g, '').toWellFormed()
}

/** Cleans every string inside plain objects and arrays; other values (dates, numbers, buffers) pass. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T
  if (Array.isArray(value)) return value.map(cleanDeep) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) out[cleanText(key)] = cleanDeep(inner)
    return out as T
  }
  return value
}
