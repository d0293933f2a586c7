import 'server-only'
import { cellNotes } from './cell-words'
import { toCsv, type CsvValue } from './csv'
import { exportFilename } from './export-filename'
import { getGradebook } from './gradebook'

/**
 * The gradebook as CSV: one row per student (current students first, then removed ones), and for
 * each assignment its score, what it is out of, and its status in words. NOT_FOUND unless the
 * user teaches the class (getGradebook checks).
 */
export async function exportGradebook(opts: { userId: string; classId: string; now?: Date }): Promise<{ filename: string; csv: string }> {
  const now = opts.now ?? new Date()
  const book = await getGradebook({ ...opts, now })
  const header: CsvValue[] = ['Student', 'Email', 'Enrolment']
  for (const a of book.assignments) header.push(`${a.title}: score`, `${a.title}: out of`, `${a.title}: status`)
  const rows: CsvValue[][] = [header]
  for (const s of [...book.students, ...book.removed]) {
    const row: CsvValue[] = [s.name, s.email, s.removedAt ? 'removed' : 'current']
    for (const a of book.assignments) {
      const cell = s.cells[a.id]
      row.push(cell.score, cell.max, cellNotes(cell).join('; '))
    }
    rows.push(row)
  }
  return { filename: exportFilename(book.className, 'gradebook', now), csv: toCsv(rows) }
}
