import Link from 'next/link'
import { formatPoints } from '@/lib/review/cell-words'
import type { Gradebook, GradebookRow } from '@/lib/review/gradebook'
import { GradebookCellView } from './gradebook-cell'
import { gradebookHref, type GradebookView } from './gradebook-href'
import styles from './gradebook.module.css'

interface Props {
  caption: string
  assignments: Gradebook['assignments']
  rows: GradebookRow[]
  /** Sortable tables link each heading to the same page with ?sort=…&dir=… (keeping the search); others show plain headings. */
  view?: GradebookView
  means?: Gradebook['means']
}

function SortHeading({ label, sortKey, view }: { label: React.ReactNode; sortKey: string; view: GradebookView }) {
  const { sort } = view
  const isCurrent = sort.key === sortKey
  // A first click on a score sorts high to low, which is what an instructor usually wants first.
  const nextDescending = isCurrent ? !sort.descending : sortKey !== 'name'
  const href = gradebookHref({ ...view, sort: { key: sortKey, descending: nextDescending } })
  return (
    <Link href={href} className={styles.sort} scroll={false}>
      {label}
      <span aria-hidden="true">{isCurrent ? (sort.descending ? '↓' : '↑') : ''}</span>
    </Link>
  )
}

export function GradebookTable({ caption, assignments, rows, view, means }: Props) {
  const sort = view?.sort
  const ariaSort = (key: string) => (sort && sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined)
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('name')}>
              {view ? <SortHeading label="Student" sortKey="name" view={view} /> : 'Student'}
            </th>
            {assignments.map((a) => (
              <th key={a.id} scope="col" aria-sort={ariaSort(a.id)} className={styles.num}>
                {view ? <SortHeading label={a.title} sortKey={a.id} view={view} /> : a.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row" title={s.email}>
                {s.name}
              </th>
              {assignments.map((a) => (
                <GradebookCellView key={a.id} cell={s.cells[a.id]} />
              ))}
            </tr>
          ))}
        </tbody>
        {means && (
          <tfoot>
            <tr>
              <th scope="row">Class mean</th>
              {assignments.map((a) => {
                const m = means[a.id]
                return (
                  <td key={a.id} className={styles.num}>
                    {m ? `${formatPoints(m.score)} / ${formatPoints(m.max)}` : '—'}
                    <span className={styles.notes}>{m ? `${m.count} with a score` : 'no scores yet'}</span>
                  </td>
                )
              })}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}
