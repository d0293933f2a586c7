import type { LessonCatalog } from '@/lib/content/catalog'
import type { AssignmentValues } from './assignment-form'

const DAY = 86_400_000

/**
 * What a new assignment's form starts with, wherever it is made (a class's page, or a course site
 * through deep linking): open now (from the top of this hour), due a week later at 23:00 UTC, the
 * record and the comprehension quiz, feedback after the due date.
 */
export function newAssignmentValues(catalog: LessonCatalog, now: Date): AssignmentValues {
  const opens = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000)
  const due = new Date(opens.getTime() + 7 * DAY)
  due.setUTCHours(23, 0, 0, 0)
  return {
    title: 'Reading and comprehension quiz',
    lessonSlug: catalog.slug,
    requiredParts: ['record'],
    questionSetIds: catalog.questionSets.filter((s) => s.id === 'comprehension').map((s) => s.id),
    opensAt: opens.toISOString(),
    dueAt: due.toISOString(),
    lateCutoffAt: null,
    latePolicy: 'CLOSE',
    latePenaltyPercentPerDay: 0,
    attemptsAllowed: 1,
    timeLimitMinutes: null,
    feedbackRelease: 'AFTER_DUE',
    answerKeyRelease: 'AFTER_LAST_ATTEMPT_OR_CLOSE',
  }
}
