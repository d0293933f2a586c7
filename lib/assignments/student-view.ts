import 'server-only'
import type { Accommodation, Assignment, Attempt } from '@/lib/generated/prisma/client'
import { effectiveWindow, type EffectiveWindow } from './effective-window'
import { studentStatus, type StudentStatus, type Timing } from './student-status'

export interface StudentAssignmentView {
  id: string
  title: string
  classId: string
  className: string
  lessonSlug: string
  window: EffectiveWindow
  status: StudentStatus
  timing: Timing
  isLate: boolean
  hasOpenedReading: boolean
  partsRead: string[]
  requiredParts: string[]
  questionSetIds: string[]
}

/** Pure assembly of one student's view of one assignment from rows already loaded. */
export function toStudentView(input: {
  assignment: Assignment & { class: { id: string; name: string } }
  accommodation: Accommodation | null
  attempts: Pick<Attempt, 'questionSetId' | 'status' | 'submittedAt' | 'isScoreFinal' | 'feedbackReleasedAt'>[]
  sectionsOpened: string[]
  now: Date
}): StudentAssignmentView {
  const { assignment: a, now } = input
  const window = effectiveWindow(a, input.accommodation)
  const hasOpenedReading = input.sectionsOpened.length > 0
  const partsRead = a.requiredParts.filter((p) => input.sectionsOpened.includes(p))
  const { status, timing, isLate } = studentStatus({
    now,
    window,
    questionSetIds: a.questionSetIds,
    hasOpenedReading,
    attempts: input.attempts,
    feedbackRelease: a.feedbackRelease,
    feedbackReleasedAt: a.feedbackReleasedAt,
  })
  return {
    id: a.id,
    title: a.title,
    classId: a.class.id,
    className: a.class.name,
    lessonSlug: a.lessonSlug,
    window,
    status,
    timing,
    isLate,
    hasOpenedReading,
    partsRead,
    requiredParts: a.requiredParts,
    questionSetIds: a.questionSetIds,
  }
}

const DONE: StudentStatus[] = ['SUBMITTED', 'GRADED', 'FEEDBACK_AVAILABLE']

/** What is due next first: open work by due date, then work not yet open, then finished or closed work. */
export function byWhatIsDueNext(a: StudentAssignmentView, b: StudentAssignmentView): number {
  const rank = (v: StudentAssignmentView) => (DONE.includes(v.status) || v.timing === 'CLOSED' ? 2 : v.timing === 'NOT_OPEN' ? 1 : 0)
  return rank(a) - rank(b) || a.window.dueAt.getTime() - b.window.dueAt.getTime()
}
