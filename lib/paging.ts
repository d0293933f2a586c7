// Pure: one page of a long list, from a ?page= parameter that may be missing or nonsense.

export interface Page<T> {
  items: T[]
  /** 1-based, clamped to the pages that exist. */
  page: number
  pages: number
  total: number
  /** 1-based positions of the first and last item shown (0 and 0 when the list is empty). */
  first: number
  last: number
}

export function paginate<T>(items: T[], rawPage: string | undefined, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const asked = Number.parseInt(rawPage ?? '1', 10)
  const page = Number.isFinite(asked) ? Math.min(Math.max(1, asked), pages) : 1
  const start = (page - 1) * size
  const shown = items.slice(start, start + size)
  return { items: shown, page, pages, total: items.length, first: shown.length ? start + 1 : 0, last: start + shown.length }
}
