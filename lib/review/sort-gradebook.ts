import type { GradebookRow } from './gradebook'

// Pure: the gradebook's row order, from the page's query parameters (?sort=name | <assignmentId>,
// ?dir=asc | desc), so sorting works as plain links without JavaScript.

export interface GradebookSort {
  /** "name" or an assignment id. */
  key: string
  descending: boolean
}

export function parseGradebookSort(params: { sort?: string; dir?: string }, assignmentIds: string[]): GradebookSort {
  const key = params.sort && (params.sort === 'name' || assignmentIds.includes(params.sort)) ? params.sort : 'name'
  return { key, descending: params.dir === 'desc' }
}

// One collator for the whole sort: localeCompare with a locale and options sets one up per call,
// 130,000 times to sort a class of 10,000.
const nameOrder = new Intl.Collator('en', { sensitivity: 'base' })
const emailOrder = new Intl.Collator()
const byName = (a: GradebookRow, b: GradebookRow) => nameOrder.compare(a.name, b.name) || emailOrder.compare(a.email, b.email)

/** Sorted copy. By score: students without one come last either way, so they are never lost in the middle. */
export function sortGradebook(rows: GradebookRow[], sort: GradebookSort): GradebookRow[] {
  const sign = sort.descending ? -1 : 1
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * byName(a, b))
  return [...rows].sort((a, b) => {
    const x = a.cells[sort.key]?.score ?? null
    const y = b.cells[sort.key]?.score ?? null
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return sign * (x - y) || byName(a, b)
  })
}

/** Students shown per gradebook page: a class of 1,000 is ten pages, not one 1 MB table. */
export const GRADEBOOK_PAGE_SIZE = 100

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/** The students whose name or email contains the search, ignoring case and accents ("jose" finds José). */
export function findStudents(rows: GradebookRow[], search: string | undefined): GradebookRow[] {
  const wanted = folded(search?.trim() ?? '')
  if (!wanted) return rows
  return rows.filter((row) => folded(row.name).includes(wanted) || folded(row.email).includes(wanted))
}
