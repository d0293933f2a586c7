import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { gradebookHref, type GradebookView } from './gradebook-href'
import styles from './gradebook.module.css'

/** Find a student by name or email: a GET form, so it works without JavaScript and keeps the sort. */
export function StudentSearch({ view, found, total }: { view: GradebookView; found: number; total: number }) {
  return (
    <form method="get" className={styles.search} role="search" aria-label="Find a student">
      <input type="hidden" name="sort" value={view.sort.key} />
      <input type="hidden" name="dir" value={view.sort.descending ? 'desc' : 'asc'} />
      <label htmlFor="gradebook-search">Find a student</label>
      <input
        id="gradebook-search"
        className={`${ui.input} ${ui.compact} ${styles.searchInput}`}
        name="q"
        type="search"
        defaultValue={view.search}
        placeholder="Name or email"
        maxLength={100}
      />
      <button type="submit" className={`${ui.button} ${ui.secondary}`}>
        Find
      </button>
      {view.search && (
        <p role="status">
          {found === 0 ? `No student matches “${view.search}”.` : `${found} of ${total} students match “${view.search}”.`}{' '}
          <Link href={gradebookHref({ ...view, search: '' })}>Show everyone</Link>
        </p>
      )}
    </form>
  )
}
