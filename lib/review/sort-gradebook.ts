import { foldName, nameComparator, sortByName } from '@/lib/text/name-order'
import type { GradebookStudent } from './gradebook'

// Pure: the gradebook's row order, from the page's query parameters (?sort=name | <assignmentId>,
// ?dir=asc | desc), so sorting works as plain links without JavaScript.

export interface GradebookSort {
  /** "name" or an assignment id. */
  key: string
  descending: boolean
}

/** By name, A to Z: the order a gradebook is in until someone asks for another. */
export const NAME_ORDER: GradebookSort = { key: 'name', descending: false }

export function parseGradebookSort(params: { sort?: string; dir?: string }, assignmentIds: string[]): GradebookSort {
  const key = params.sort && (params.sort === 'name' || assignmentIds.includes(params.sort)) ? params.sort : NAME_ORDER.key
  return { key, descending: params.dir === 'desc' }
}

/** Sorted copy. By score: students without one come last either way, so they are never lost in the middle. */
export function sortGradebook<R extends GradebookStudent>(rows: R[], sort: GradebookSort): R[] {
  if (sort.key === 'name') return sortByName(rows, nameOf, emailOf, sort.descending)
  const sign = sort.descending ? -1 : 1
  const byName = nameComparator(nameOf, emailOf)
  return [...rows].sort((a, b) => {
    const x = a.scores[sort.key] ?? null
    const y = b.scores[sort.key] ?? null
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return sign * (x - y) || byName(a, b)
  })
}

const nameOf = (row: GradebookStudent) => row.name
const emailOf = (row: GradebookStudent) => row.email

/** Students shown per gradebook page: a class of 1,000 is ten pages, not one 1 MB table. */
export const GRADEBOOK_PAGE_SIZE = 100

/** The students whose name or email contains the search, ignoring case and accents ("jose" finds José). */
export function findStudents<R extends GradebookStudent>(rows: R[], search: string | undefined): R[] {
  const wanted = foldName(search?.trim() ?? '')
  if (!wanted) return rows
  return rows.filter((row) => foldName(row.name).includes(wanted) || foldName(row.email).includes(wanted))
}
