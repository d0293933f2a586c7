import { BarChart } from '@/components/review/charts/bar-chart'
import chart from '@/components/review/charts/charts.module.css'
import type { AreaStat } from '@/lib/review/item-statistics'
import { percent } from '@/lib/review/question-notes'
import styles from './analysis.module.css'
import { ScrollBox } from './scroll-box'

export interface FacilityRow extends AreaStat {
  /** Shown in an extra column when the breakdown has one (a paragraph's opening words). */
  excerpt?: string
}

interface Props {
  /** Used for the heading's id and the chart's id. */
  id: string
  heading: string
  /** "paragraph", "skill": names the chart's id, the table and its first column. */
  noun: string
  chartTitle: string
  rows: FacilityRow[]
  low: FacilityRow | null
  /** The chart's one-sentence summary when there is a lowest row. */
  describeLow: (low: FacilityRow) => string
  /** Adds an "Opens with" column of each row's excerpt. */
  excerptHeading?: string
  caption: string
}

/** Facility per group of questions as a bar chart with the same numbers in a table; the lowest row is marked in both. */
export function FacilityBreakdown({ id, heading, noun, chartTitle, rows, low, describeLow, excerptHeading, caption }: Props) {
  const isLow = (row: FacilityRow) => row.key === low?.key
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <div className={chart.pair}>
        <BarChart
          id={`${noun}-chart`}
          title={chartTitle}
          description={low ? describeLow(low) : 'No graded answers yet.'}
          rows={rows.map((row) => ({
            key: row.key,
            label: `${row.label}${isLow(row) ? ' — lowest' : ''}`,
            value: row.facility,
            valueText: percent(row.facility),
            isHighlighted: isLow(row),
          }))}
        />
        <ScrollBox label={`Facility by ${noun}, table`}>
          <table className={styles.table}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{noun[0].toUpperCase() + noun.slice(1)}</th>
                {excerptHeading && <th scope="col">{excerptHeading}</th>}
                <th scope="col" className={styles.num}>
                  Questions
                </th>
                <th scope="col" className={styles.num}>
                  Facility
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.label}
                    {isLow(row) && <span className={styles.note}> lowest</span>}
                  </th>
                  {excerptHeading && <td className={styles.excerpt}>{row.excerpt}</td>}
                  <td className={styles.num}>{row.questions}</td>
                  <td className={styles.num}>{percent(row.facility)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </section>
  )
}
