import type { GradebookCell } from './gradebook-cell'

// Pure: the score a course site's gradebook import should receive for one cell — only a final one.
// An assignment with quizzes still to take, answers still to grade, or anonymous grading under way
// is left blank: Canvas and Moodle leave a blank cell as it was, where a partial number would read
// as the student's grade.

export function importScore(cell: GradebookCell): number | null {
  const isComplete = cell.quizzesTotal > 0 && cell.quizzesSubmitted === cell.quizzesTotal
  return isComplete && !cell.isProvisional && !cell.isScoreHidden ? cell.score : null
}
