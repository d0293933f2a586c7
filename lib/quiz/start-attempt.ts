import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { db } from '@/lib/db'
import { attemptDeadline } from '@/lib/assignments/effective-window'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { AppError } from '@/lib/errors'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { loadStudentAssignment } from './load-student-assignment'
import { countOf } from '@/lib/text/count-of'

/**
 * Starts (or resumes) a student's attempt at one quiz of an assignment. One attempt is in progress
 * per student and assignment — enforced by a partial unique index, so two simultaneous starts
 * (double click, two tabs, two devices) end with one attempt that both receive.
 */
export async function startAttempt(opts: {
  userId: string
  assignmentId: string
  questionSetId: string
  now?: Date
}): Promise<{ attemptId: string; isResumed: boolean }> {
  const now = opts.now ?? new Date()
  try {
    return await db.$transaction(async (tx) => {
      const { assignment, window } = await loadStudentAssignment(tx, opts)
      if (!assignment.questionSetIds.includes(opts.questionSetId))
        throw new AppError('NOT_FOUND', 'That quiz is not part of this assignment.')
      const open = await tx.attempt.findFirst({ where: { assignmentId: assignment.id, userId: opts.userId, status: 'IN_PROGRESS' } })
      if (open) {
        if (open.questionSetId !== opts.questionSetId)
          throw new AppError('CONFLICT', 'You have another quiz of this assignment in progress. Submit it first.')
        return { attemptId: open.id, isResumed: true }
      }
      if (now < window.opensAt) throw new AppError('FORBIDDEN', 'This quiz has not opened yet.')
      if (now > window.closesAt) throw new AppError('FORBIDDEN', 'This quiz has closed: it no longer accepts attempts.')
      const used = await tx.attempt.count({
        where: { assignmentId: assignment.id, userId: opts.userId, questionSetId: opts.questionSetId },
      })
      if (used >= assignment.attemptsAllowed)
        throw new AppError('FORBIDDEN', `You have used all ${countOf(assignment.attemptsAllowed, 'attempt')} at this quiz.`)

      const { set, questions } = await loadQuestionSet(assignment.lessonSlug, opts.questionSetId)
      // Snapshot every version shown, so results and regrades always use what the student saw.
      await tx.questionVersion.createMany({
        data: questions.map(({ question, version }) => ({
          hash: version,
          questionId: question.id,
          questionSetId: set.id,
          body: question as unknown as Prisma.InputJsonValue,
        })),
        skipDuplicates: true,
      })
      const attempt = await tx.attempt.create({
        data: {
          assignmentId: assignment.id,
          userId: opts.userId,
          questionSetId: set.id,
          number: used + 1,
          startedAt: now,
          // Untimed attempts end at the closing time; timed ones at start + limit (see attemptDeadline).
          deadlineAt: attemptDeadline(window, assignment.timeLimitMinutes, now) ?? window.closesAt,
          questionVersions: Object.fromEntries(questions.map(({ question, version }) => [question.id, version])),
          maxScore: questions.reduce((sum, q) => sum + q.question.points, 0),
        },
        select: { id: true },
      })
      return { attemptId: attempt.id, isResumed: false }
    })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    // Lost the race to a simultaneous start: resume the attempt that won.
    const winner = await db.attempt.findFirst({
      where: { assignmentId: opts.assignmentId, userId: opts.userId, status: 'IN_PROGRESS', questionSetId: opts.questionSetId },
      select: { id: true },
    })
    if (!winner) throw new AppError('CONFLICT', 'You have another quiz of this assignment in progress. Submit it first.')
    return { attemptId: winner.id, isResumed: true }
  }
}
