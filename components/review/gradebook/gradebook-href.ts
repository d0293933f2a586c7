import type { GradebookSort } from '@/lib/review/sort-gradebook'

// The gradebook's address: sort, search and page live in the query string, so every view of it is
// a plain link that survives a reload.
export interface GradebookView {
  sort: GradebookSort
  search: string
}

export function gradebookHref(view: GradebookView, page = 1) {
  const query = new URLSearchParams({ sort: view.sort.key, dir: view.sort.descending ? 'desc' : 'asc' })
  if (view.search) query.set('q', view.search)
  if (page > 1) query.set('page', String(page))
  return `?${query}`
}
