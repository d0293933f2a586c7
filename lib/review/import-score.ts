import type { GradebookCell } from './gradebook-cell'

// Pure: the score a course site's gradebook import should receive for one cell — only a final one.
// An assignment with quizzes still to take, answers still to grade, or anonymous grading under way
// is left blank, never 0: a partial number would read as the student's grade, and Lectern has no
// "missing counts as zero" rule to apply (the course site's own missing-work policy does that).
// How "no score" is written is each file's business: Canvas gets an empty cell; Moodle gets "-",
// because its import stores an empty cell of a new grade item as 0 (export-moodle-gradebook.ts).

export function importScore(cell: GradebookCell): number | null {
  const isComplete = cell.quizzesTotal > 0 && cell.quizzesSubmitted === cell.quizzesTotal
  return isComplete && !cell.isProvisional && !cell.isScoreHidden ? cell.score : null
}
