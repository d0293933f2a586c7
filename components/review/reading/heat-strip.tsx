import type { ReadingPart } from '@/lib/content/lesson-sections'
import type { PartSummary } from '@/lib/reading/class-reading'
import { describeDuration, formatDuration } from '@/lib/reading/format-duration'
import styles from './reading.module.css'

const HEAT = [styles.heat0, styles.heat1, styles.heat2, styles.heat3, styles.heat4]

/** 0 for nobody, then 1–4 by quarters of the class. */
export const heatLevel = (opened: number, students: number) => (students === 0 || opened === 0 ? 0 : Math.ceil((opened / students) * 4))

/**
 * The class's reading at a glance: for each part of the lesson, the share of students who opened
 * it, written in the cell (and in full for screen readers), tinted by that share.
 */
export function HeatStrip({
  parts,
  summaries,
  students,
}: {
  parts: ReadingPart[]
  summaries: Record<string, PartSummary>
  students: number
}) {
  return (
    <ol className={styles.strip} aria-label="Share of the class who opened each part">
      {parts.map((p) => {
        const s = summaries[p.id]
        const share = students === 0 ? 0 : Math.round((s.opened / students) * 100)
        const time = s.medianSeconds === null ? '' : `, median ${describeDuration(s.medianSeconds)}`
        return (
          <li key={p.id} className={`${styles.cell} ${HEAT[heatLevel(s.opened, students)]}`} title={p.title}>
            <span className={styles.place} aria-hidden="true">
              {p.place}
            </span>
            <span className={styles.value} aria-hidden="true">
              {share}%
            </span>
            <span className={styles.detail} aria-hidden="true">
              {s.opened} of {students}
              {s.medianSeconds !== null && ` · ${formatDuration(s.medianSeconds)}`}
            </span>
            <span className="visually-hidden">
              {p.place}, {p.title}: opened by {s.opened} of {students} students ({share}%){time}.
            </span>
          </li>
        )
      })}
    </ol>
  )
}
