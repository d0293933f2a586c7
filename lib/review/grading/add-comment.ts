import 'server-only'
import { z } from 'zod'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { recordParagraphs } from '@/lib/content/record'
import { COMMENT_MAX } from './grade-responses'

const ZComment = z.strictObject({
  attemptId: z.string().min(1).max(64),
  /** Absent for the overall comment on the attempt. */
  responseId: z.string().min(1).max(64).optional(),
  body: z.string().trim().min(1, 'Write a comment first.').max(COMMENT_MAX, `Comments can be at most ${COMMENT_MAX} characters.`),
  quotedParagraph: z
    .string()
    .regex(/^p[1-9]\d{0,2}$/, 'Quote a paragraph of the record.')
    .optional(),
})

/** A comment on one answer, or an overall comment on an attempt. Stored as typed; shown as text. */
export async function addComment(opts: { userId: string; input: unknown }): Promise<{ id: string }> {
  const parsed = ZComment.safeParse(opts.input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  const { attemptId, responseId, body, quotedParagraph } = parsed.data
  const attempt = await db.attempt.findFirst({
    where: {
      id: attemptId,
      status: 'SUBMITTED',
      assignment: { class: taughtBy(opts.userId) },
      ...(responseId ? { responses: { some: { id: responseId } } } : {}),
    },
    select: { id: true, assignment: { select: { lessonSlug: true } } },
  })
  if (!attempt) throw new AppError('NOT_FOUND', 'Answer not found.')
  // Which paragraphs exist is the lesson's record, not a pattern: lessons differ in length.
  if (quotedParagraph) {
    const paragraphs = await recordParagraphs(attempt.assignment.lessonSlug)
    if (!paragraphs.has(quotedParagraph)) {
      const message = `Quote a paragraph ¶1–¶${paragraphs.size}.`
      throw new AppError('BAD_INPUT', message, { quotedParagraph: [message] })
    }
  }
  return db.feedback.create({
    data: { attemptId, responseId: responseId ?? null, authorId: opts.userId, body, quotedParagraph: quotedParagraph ?? null },
    select: { id: true },
  })
}
