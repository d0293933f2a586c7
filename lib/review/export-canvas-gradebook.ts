import 'server-only'
import { toCsv, type CsvValue } from './csv'
import { exportFilename } from './export-filename'
import { getGradebook } from './gradebook'
import { importScore } from './import-score'

/**
 * The gradebook in the layout Canvas's gradebook import reads (Grades → Import): Student, ID,
 * SIS User ID, SIS Login ID, Section, then a column per assignment, and a "Points Possible" row.
 *
 * Canvas matches a row by ID, SIS User ID or SIS Login ID. Lectern knows none of Canvas's own ids
 * (an LTI user id is not one), so ID and SIS User ID stay blank and SIS Login ID carries the
 * student's email — right where a school's Canvas logins are emails, which README says to check.
 * An assignment column is headed by its title alone: with no Canvas id in parentheses, Canvas
 * creates the assignment on import rather than overwriting one it cannot know. Current students
 * only: removed students are no longer in the course. NOT_FOUND unless the user teaches the class.
 */
export async function exportCanvasGradebook(opts: { userId: string; classId: string; now?: Date }) {
  const now = opts.now ?? new Date()
  const book = await getGradebook({ ...opts, now })
  const rows: CsvValue[][] = [
    ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', ...book.assignments.map((a) => a.title)],
    ['Points Possible', '', '', '', '', ...book.assignments.map((a) => a.outOf)],
    ...book.students.map((s) => [s.name, '', '', s.email, book.className, ...book.assignments.map((a) => importScore(s.cells[a.id]))]),
  ]
  return { filename: exportFilename(book.className, 'canvas-gradebook', now), csv: toCsv(rows) }
}
