import 'server-only'
import { toCsv, type CsvValue } from './csv'
import { exportFilename } from './export-filename'
import { getGradebook } from './gradebook'
import { importScore } from './import-score'

/**
 * The gradebook in the layout Canvas's gradebook import reads (Grades → Import): Student, ID,
 * SIS User ID, SIS Login ID, Section, then a column per assignment, and a "Points Possible" row.
 *
 * Canvas matches a row to a student by ID, SIS User ID or SIS Login ID, else by name. Lectern stores
 * none of Canvas's ids: an LTI launch leaves only the opaque `sub` (not the Canvas user id; no
 * $Canvas.user.id or lis_person_sourcedid is asked for or kept), so ID and SIS User ID stay blank
 * rather than guessed. SIS Login ID carries the email exactly as stored — right only where a
 * school's Canvas logins are emails, an assumption README asks instructors to check; a row Canvas
 * cannot match is listed on its confirmation page, to be matched by hand.
 * An assignment column is headed by its title alone: with no Canvas id in parentheses, Canvas
 * creates the assignment on import rather than overwriting one it cannot know (a Lectern id there
 * would be read as a Canvas one). Section is present, as Canvas expects, but blank: Lectern has no
 * sections to name. Students are named as Lectern stores them — one name, not Canvas's "Last,
 * First", so a match by name is unlikely and the login column matters. Current students only:
 * removed students are no longer in the course. NOT_FOUND unless the user teaches the class.
 */
export async function exportCanvasGradebook(opts: { userId: string; classId: string; now?: Date }) {
  const now = opts.now ?? new Date()
  const book = await getGradebook({ ...opts, now })
  const rows: CsvValue[][] = [
    ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', ...book.assignments.map((a) => columnTitle(a.title))],
    ['Points Possible', '', '', '', '', ...book.assignments.map((a) => a.outOf)],
    ...book.students.map((s) => [s.name, '', '', s.email, '', ...book.assignments.map((a) => importScore(s.cells[a.id]))]),
  ]
  return { filename: exportFilename(book.className, 'canvas-gradebook', now), csv: toCsv(rows) }
}

// Canvas reads a header ending in " (<number>)" as "<title> (<Canvas assignment id>)": a Lectern title
// such as "Week (3)" would be matched to Canvas assignment 3, or to one titled "Week". Square
// brackets keep the words and drop the meaning.
function columnTitle(title: string): string {
  return title.replace(/\s*\((\d+)\)\s*$/, ' [$1]')
}
