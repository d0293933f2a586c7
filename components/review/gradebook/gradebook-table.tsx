import Link from 'next/link'
import type { Gradebook, GradebookRow } from '@/lib/review/gradebook'
import { describeSummary } from '@/lib/review/score-summary'
import { describeDuration, formatDuration } from '@/lib/reading/format-duration'
import { GradebookCellView } from './gradebook-cell'
import { gradebookHref, type GradebookView } from './gradebook-href'
import styles from './gradebook.module.css'

interface Props {
  caption: string
  assignments: Gradebook['assignments']
  rows: GradebookRow[]
  /** Sortable tables link each heading to the same page with ?sort=…&dir=… (keeping the search); others show plain headings. */
  view?: GradebookView
  summaries?: Gradebook['summaries']
  /** Reading columns, one pair (record, essays) per lesson. */
  lessons?: Gradebook['lessons']
  /** Links each assignment to its per-question view: `${questionsBase}/${assignmentId}`. */
  questionsBase?: string
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

export function GradebookTable({ caption, assignments, rows, view, summaries, lessons = [], questionsBase }: Props) {
  const lessonLabel = (title: string) => (lessons.length > 1 ? `${title}: ` : '')
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
                {questionsBase && (
                  <Link href={`${questionsBase}/${a.id}`} className={styles.headLink}>
                    By question<span className="visually-hidden">: {a.title}</span>
                  </Link>
                )}
              </th>
            ))}
            {lessons.map((l) => [
              <th key={`${l.slug}-record`} scope="col" className={styles.num}>
                {lessonLabel(l.title)}Time on the record
              </th>,
              <th key={`${l.slug}-essays`} scope="col" className={styles.num}>
                {lessonLabel(l.title)}Time on the essays
              </th>,
            ])}
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
              {lessons.map((l) => {
                const r = s.reading[l.slug]
                return [
                  <td key={`${l.slug}-record`} className={styles.num} title={describeDuration(r.recordSeconds)}>
                    {r.hasOpenedRecord ? formatDuration(r.recordSeconds) : <span className={styles.empty}>not opened</span>}
                  </td>,
                  <td key={`${l.slug}-essays`} className={styles.num} title={describeDuration(r.essaySeconds)}>
                    {r.essaysOpened > 0 ? formatDuration(r.essaySeconds) : <span className={styles.empty}>none opened</span>}
                    <span className={styles.notes}>
                      {r.essaysOpened} of {l.essays} opened
                    </span>
                  </td>,
                ]
              })}
            </tr>
          ))}
        </tbody>
        {summaries && (
          <tfoot>
            <tr>
              <th scope="row">Class summary</th>
              {assignments.map((a) => (
                <td key={a.id} className={styles.num}>
                  {describeSummary(summaries[a.id]).map((line) => (
                    <span key={line} className={styles.summaryLine}>
                      {line}
                    </span>
                  ))}
                </td>
              ))}
              {lessons.map((l) => (
                <td key={l.slug} colSpan={2} />
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}
