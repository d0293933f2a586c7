import 'server-only'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { queueScoreSync } from '@/lib/lti/ags/queue-score-sync'
import { fieldErrorsOf } from '@/lib/validation'
import { ZAssignmentInput, type TAssignmentInput } from './schemas'
import { validateAgainstCatalog } from './validate-against-catalog'

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null)

/**
 * Edits an assignment. Once students have started, changes that would alter submitted work are
 * refused with the reason; changes that are safe but affect students are allowed and explained
 * in the returned notices.
 */
export async function updateAssignment(opts: { userId: string; assignmentId: string; input: unknown }): Promise<{ notices: string[] }> {
  const parsed = ZAssignmentInput.safeParse(opts.input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const next = parsed.data
  await validateAgainstCatalog(next)
  return db.$transaction(async (tx) => {
    const current = await tx.assignment.findFirst({
      where: { id: opts.assignmentId, class: taughtBy(opts.userId) },
    })
    if (!current) throw new AppError('NOT_FOUND', 'Assignment not found.')
    const attempts = await tx.attempt.groupBy({
      by: ['questionSetId', 'status'],
      where: { assignmentId: current.id },
      _count: { _all: true },
      _max: { number: true },
    })
    const refusals = refusalsFor(current, next, attempts)
    if (refusals.length) throw new AppError('CONFLICT', refusals.join(' '))
    await tx.assignment.update({ where: { id: current.id }, data: next })
    // New dates or a new release setting can show or hide scores on the course site.
    await queueScoreSync(tx, { assignmentId: current.id })
    return { notices: noticesFor(current, next, attempts.length > 0) }
  })
}

type Current = TAssignmentInput & { id: string }
type AttemptGroup = { questionSetId: string; status: string; _count: { _all: number }; _max: { number: number | null } }

function refusalsFor(current: Current, next: TAssignmentInput, attempts: AttemptGroup[]): string[] {
  if (attempts.length === 0) return []
  const refusals: string[] = []
  if (next.lessonSlug !== current.lessonSlug) refusals.push('The lesson cannot change: students have already started it.')
  const removedWithWork = current.questionSetIds.filter(
    (id) => !next.questionSetIds.includes(id) && attempts.some((a) => a.questionSetId === id),
  )
  if (removedWithWork.length) refusals.push(`Quizzes with student attempts cannot be removed (${removedWithWork.join(', ')}).`)
  const mostUsed = Math.max(0, ...attempts.map((a) => a._max.number ?? 0))
  if (next.attemptsAllowed < mostUsed) refusals.push(`A student has already used ${mostUsed} attempts: allow at least that many.`)
  const hasSubmitted = attempts.some((a) => a.status === 'SUBMITTED')
  if (hasSubmitted && (next.latePolicy !== current.latePolicy || next.latePenaltyPercentPerDay !== current.latePenaltyPercentPerDay)) {
    refusals.push('The late policy and penalty cannot change once work has been submitted: it would change submitted scores.')
  }
  return refusals
}

function noticesFor(current: Current, next: TAssignmentInput, hasStarted: boolean): string[] {
  if (!hasStarted) return []
  const notices: string[] = []
  if (!sameTime(current.dueAt, next.dueAt) || !sameTime(current.lateCutoffAt, next.lateCutoffAt)) {
    notices.push('Dates changed: submitted attempts keep the late penalty recorded when they were submitted.')
  }
  if (current.timeLimitMinutes !== next.timeLimitMinutes) {
    notices.push('Time limit changed: it applies to attempts started from now on; attempts in progress keep their deadline.')
  }
  if (current.feedbackRelease !== next.feedbackRelease)
    notices.push('Feedback release changed: students see feedback according to the new setting.')
  if (current.answerKeyRelease !== next.answerKeyRelease) {
    notices.push(
      'Correct answers changed: students see them according to the new setting; anyone who has already seen them keeps what they saw.',
    )
  }
  return notices
}
