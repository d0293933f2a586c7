import type { ClassReading } from '@/lib/reading/class-reading'
import { describeDuration, formatDuration } from '@/lib/reading/format-duration'
import table from '@/components/review/gradebook/gradebook.module.css'
import styles from './reading.module.css'

/** Per student and part of the lesson: opened or not, and the time the reader recorded. */
export function ReadingTable({ reading, caption }: { reading: ClassReading; caption: string }) {
  const { parts, students, summaries } = reading
  return (
    <div className={table.scroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={table.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            {parts.map((p) => (
              <th key={p.id} scope="col" className={table.num}>
                {p.place}
                <span className={styles.partTitle}>{p.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.id}>
              <th scope="row" title={s.email}>
                {s.name}
              </th>
              {parts.map((p) => {
                const r = s.parts[p.id]
                return (
                  <td key={p.id} className={table.num} title={r.isOpened ? describeDuration(r.seconds) : undefined}>
                    {r.isOpened ? formatDuration(r.seconds) : <span className={table.empty}>not opened</span>}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Class</th>
            {parts.map((p) => {
              const sum = summaries[p.id]
              return (
                <td key={p.id} className={table.num}>
                  <span className={table.summaryLine}>
                    {sum.opened} of {students.length} opened
                  </span>
                  {sum.medianSeconds !== null && <span className={table.summaryLine}>median {formatDuration(sum.medianSeconds)}</span>}
                </td>
              )
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
