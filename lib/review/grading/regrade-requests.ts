import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import { effectiveWindow } from '@/lib/assignments/effective-window'
import { isFeedbackReleased } from '@/lib/assignments/student-status'
import { AppError } from '@/lib/errors'
import { badInput } from '@/lib/validation'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { loadGradingContext } from './load-grading-context'
import { loadStudentLabels } from './load-student-labels'

const ZRequest = z.strictObject({
  attemptId: z.string().min(1).max(64),
  responseId: z.string().min(1).max(64).optional(),
  message: z
    .string()
    .trim()
    .min(10, 'Say what you would like your instructor to look at again (at least 10 characters).')
    .max(2_000, 'At most 2,000 characters.'),
})

/** A student asks once per attempt, after feedback is released, for a grade to be looked at again. */
export async function requestRegrade(opts: { userId: string; input: unknown }): Promise<{ id: string }> {
  const parsed = ZRequest.safeParse(opts.input)
  if (!parsed.success) throw badInput(parsed.error)
  const { attemptId, responseId, message } = parsed.data
  const attempt = await db.attempt.findFirst({
    where: {
      id: attemptId,
      userId: opts.userId,
      status: 'SUBMITTED',
      assignment: { class: { memberships: { some: { userId: opts.userId, role: 'STUDENT', removedAt: null } } } },
    },
    include: { assignment: { include: { accommodations: { where: { userId: opts.userId } } } }, responses: { select: { id: true } } },
  })
  if (!attempt) throw new AppError('NOT_FOUND', 'Attempt not found.')
  const a = attempt.assignment
  const window = effectiveWindow(a, a.accommodations[0] ?? null)
  if (
    !isFeedbackReleased({ now: new Date(), window, feedbackRelease: a.feedbackRelease, feedbackReleasedAt: a.feedbackReleasedAt }, attempt)
  ) {
    throw new AppError('FORBIDDEN', 'You can ask about a grade once your feedback is released.')
  }
  if (responseId && !attempt.responses.some((r) => r.id === responseId)) throw new AppError('NOT_FOUND', 'Answer not found.')
  try {
    return await db.regradeRequest.create({ data: { attemptId, responseId: responseId ?? null, message }, select: { id: true } })
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONFLICT', 'You have already asked about this attempt; your instructor will reply there.')
    throw error
  }
}

const ZResolve = z.strictObject({
  assignmentId: z.string().min(1).max(64),
  requestId: z.string().min(1).max(64),
  resolution: z.string().trim().min(3, 'Write a reply to the student.').max(2_000),
})

/** The instructor answers a request (any grade change goes through gradeResponses, audited). */
export async function resolveRegrade(opts: { userId: string; input: unknown }): Promise<void> {
  const parsed = ZResolve.safeParse(opts.input)
  if (!parsed.success) throw badInput(parsed.error)
  const { assignmentId, requestId, resolution } = parsed.data
  await loadGradingContext(db, { userId: opts.userId, assignmentId })
  const { count } = await db.regradeRequest.updateMany({
    where: { id: requestId, resolvedAt: null, attempt: { assignmentId } },
    data: { resolvedAt: new Date(), resolvedById: opts.userId, resolution },
  })
  if (count === 0) throw new AppError('NOT_FOUND', 'No open request with that id in this assignment.')
}

export async function listRegradeRequests(opts: { userId: string; assignmentId: string }) {
  const { assignment } = await loadGradingContext(db, opts)
  const requests = await db.regradeRequest.findMany({
    where: { attempt: { assignmentId: opts.assignmentId } },
    orderBy: [{ resolvedAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      message: true,
      createdAt: true,
      resolvedAt: true,
      resolution: true,
      responseId: true,
      attempt: { select: { id: true, userId: true } },
    },
  })
  const labelOf = await loadStudentLabels(db, assignment)
  return requests.map(({ attempt, ...r }) => ({ ...r, attempt: { id: attempt.id }, studentLabel: labelOf(attempt.userId).studentLabel }))
}
