import { STATUS_LABEL } from '@/lib/assignments/student-status'
import type { GradebookCell } from './gradebook-cell'

// Pure: what a gradebook cell means, in words — the page and the CSV say the same thing, and
// neither relies on colour for "late" or "provisional".

const DONE = new Set(['SUBMITTED', 'GRADED', 'FEEDBACK_AVAILABLE'])

export function cellNotes(cell: GradebookCell): string[] {
  const notes: string[] = [STATUS_LABEL[cell.status]]
  if (cell.quizzesSubmitted > 0 && cell.quizzesSubmitted < cell.quizzesTotal)
    notes.push(`${cell.quizzesSubmitted} of ${cell.quizzesTotal} quizzes`)
  if (cell.isLate)
    notes.push(!DONE.has(cell.status) ? 'overdue' : cell.latePenaltyPercent > 0 ? `late (−${cell.latePenaltyPercent}%)` : 'late')
  if (cell.isProvisional) notes.push('provisional')
  if (cell.isScoreHidden) notes.push('score hidden until anonymous grading is finished')
  return notes
}

export { formatPoints } from '@/lib/quiz/points'
