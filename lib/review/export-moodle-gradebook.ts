import 'server-only'
import { toCsv, type CsvValue } from './csv'
import { exportFilename } from './export-filename'
import { getGradebook } from './gradebook'
import { importScore } from './import-score'

/**
 * The gradebook as Moodle's grade import reads a CSV (Grades → Import → CSV file): an "Email
 * address" column to map to the user's email (Moodle compares it exactly, so it is written as
 * stored), the name for the instructor's eye, then a column per assignment to map to a grade item.
 * Current students only; a cell is blank until its score is final (import-score.ts).
 * NOT_FOUND unless the user teaches the class.
 */
export async function exportMoodleGradebook(opts: { userId: string; classId: string; now?: Date }) {
  const now = opts.now ?? new Date()
  const book = await getGradebook({ ...opts, now })
  const rows: CsvValue[][] = [
    ['Email address', 'Full name', ...book.assignments.map((a) => a.title)],
    ...book.students.map((s) => [s.email, s.name, ...book.assignments.map((a) => importScore(s.cells[a.id]))]),
  ]
  return { filename: exportFilename(book.className, 'moodle-gradebook', now), csv: toCsv(rows) }
}
