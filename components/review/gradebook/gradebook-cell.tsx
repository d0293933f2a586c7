import { cellNotes, formatPoints } from '@/lib/review/cell-words'
import type { GradebookCell } from '@/lib/review/gradebook'
import styles from './gradebook.module.css'

/** Score over maximum, then what the cell means in words (late and provisional never by colour alone). */
export function GradebookCellView({ cell }: { cell: GradebookCell }) {
  const notes = cellNotes(cell)
  const isFlagged = cell.isLate || cell.isProvisional
  return (
    <td className={styles.num}>
      {cell.score === null ? <span className={styles.empty}>—</span> : `${formatPoints(cell.score)} / ${formatPoints(cell.max ?? 0)}`}
      <span className={`${styles.notes} ${isFlagged ? styles.flagged : ''}`}>{notes.join(' · ')}</span>
    </td>
  )
}
