import 'server-only'
import { toCsv, type CsvValue } from './csv'
import { exportFilename } from './export-filename'
import { getGradebook } from './gradebook'
import { importScore } from './import-score'

/**
 * The gradebook as Moodle's grade import reads a CSV (Grades → Import → CSV file): an "Email
 * address" column to map to the user's email (Moodle compares it exactly; it is written as
 * Lectern stores it, always lower case, and README warns of accounts whose email has capitals), the name for the instructor's eye (Lectern keeps one name, so "Full name", set to
 * "ignore" in the mapping), then a column per assignment to map to a grade item.
 * Current students only: removed students are no longer in the course, and one row Moodle cannot
 * match to a user stops the whole import. A cell holds "-" until its score is final
 * (import-score.ts). No feedback columns: Lectern's feedback is many comments (per attempt, per
 * answer, quoting paragraphs) that one Moodle feedback cell would flatten; students read it in
 * Lectern. NOT_FOUND unless the user teaches the class.
 */
export async function exportMoodleGradebook(opts: { userId: string; classId: string; now?: Date }) {
  const now = opts.now ?? new Date()
  const book = await getGradebook({ ...opts, now })
  const rows: CsvValue[][] = [
    ['Email address', 'Full name', ...book.assignments.map((a) => a.title)],
    ...book.students.map((s) => [s.email, s.name, ...book.assignments.map((a) => importScore(s.cells[a.id]) ?? NO_GRADE)]),
  ]
  return { filename: exportFilename(book.className, 'moodle-gradebook', now), csv: toCsv(rows) }
}

// Moodle's "no grade". Not an empty cell: its import writes an empty cell of a *new* grade item into
// a numeric column, which its database layer turns into 0 — a blank would arrive as a zero. "-" is
// skipped for a new item and read as no grade for an existing one (grade/import/csv load_data.php).
const NO_GRADE = '-'
