import 'server-only'
import { z } from 'zod'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'
import { COMMENT_MAX } from './grade-responses'

// A grader's comments on passages of a written answer. The passage is a range of character
// offsets into the answer's text as stored (end exclusive) plus the text it covers: the server
// checks both against the stored answer, so a stale or forged range is refused and nothing is
// written. Only instructors of the assignment's class reach an answer (the ownership is in the
// `where`); anyone else gets NOT_FOUND. Nothing returned names the student, so anonymous grading
// stays anonymous.

const zBody = z.string().trim().min(1, 'Write a comment first.').max(COMMENT_MAX, `Comments can be at most ${COMMENT_MAX} characters.`)

const ZAdd = z.strictObject({
  responseId: z.string().min(1).max(64),
  start: z.number().int().min(0).max(1_000_000),
  end: z.number().int().min(0).max(1_000_000),
  quotedText: z.string().min(1, 'Choose a passage of the answer first.').max(30_000),
  body: zBody,
})
const ZEdit = z.strictObject({ annotationId: z.string().min(1).max(64), body: zBody })
const ZDelete = z.strictObject({ annotationId: z.string().min(1).max(64) })

export interface Annotation {
  id: string
  start: number
  end: number
  quotedText: string
  body: string
}

export const ANNOTATION_SELECT = { id: true, start: true, end: true, quotedText: true, body: true } as const

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  return parsed.data
}

/** Answers of submitted attempts in a class the user teaches (the one teaching rule, lib/authz.ts). */
const gradable = (userId: string) => ({
  attempt: {
    status: 'SUBMITTED' as const,
    assignment: { class: taughtBy(userId) },
  },
})

/** The answer's text as stored, or null for answers that are not written text (choices, sentences). */
export function answerText(answer: unknown): string | null {
  const text = (answer as { text?: unknown } | null)?.text
  return typeof text === 'string' ? text : null
}

/** Why a range does not pick out `quotedText` in the answer, or null when it does. */
export function rangeProblem(text: string, range: { start: number; end: number; quotedText: string }): string | null {
  if (range.end <= range.start || range.end > text.length)
    return `That passage is not in the answer: choose characters 0–${text.length} of it, with the end after the start.`
  if (text.slice(range.start, range.end) !== range.quotedText)
    return 'That passage does not match the answer’s text (it may have been chosen on an older copy): select it again.'
  return null
}

export async function addAnnotation(opts: { userId: string; input: unknown }): Promise<Annotation> {
  const input = parse(ZAdd, opts.input)
  const response = await db.response.findFirst({ where: { id: input.responseId, ...gradable(opts.userId) }, select: { answer: true } })
  if (!response) throw new AppError('NOT_FOUND', 'Answer not found.')
  const text = answerText(response.answer)
  if (text === null) throw new AppError('BAD_INPUT', 'Only written answers can have comments on a passage.')
  const problem = rangeProblem(text, input)
  if (problem) throw new AppError('BAD_INPUT', problem, { quotedText: [problem] })
  return db.responseAnnotation.create({
    data: {
      responseId: input.responseId,
      authorId: opts.userId,
      start: input.start,
      end: input.end,
      quotedText: input.quotedText,
      body: input.body,
    },
    select: ANNOTATION_SELECT,
  })
}

export async function editAnnotation(opts: { userId: string; input: unknown }): Promise<Annotation> {
  const input = parse(ZEdit, opts.input)
  const where = { id: input.annotationId, response: gradable(opts.userId) }
  const { count } = await db.responseAnnotation.updateMany({ where, data: { body: input.body } })
  if (count === 0) throw new AppError('NOT_FOUND', 'Comment not found.')
  return db.responseAnnotation.findUniqueOrThrow({ where: { id: input.annotationId }, select: ANNOTATION_SELECT })
}

export async function deleteAnnotation(opts: { userId: string; input: unknown }): Promise<void> {
  const input = parse(ZDelete, opts.input)
  const { count } = await db.responseAnnotation.deleteMany({ where: { id: input.annotationId, response: gradable(opts.userId) } })
  if (count === 0) throw new AppError('NOT_FOUND', 'Comment not found.')
}

/** The annotations of some answers, by response id, in reading order. Callers have already checked access. */
export async function annotationsByResponse(responseIds: string[]): Promise<Map<string, Annotation[]>> {
  const rows = await db.responseAnnotation.findMany({
    where: { responseId: { in: responseIds } },
    orderBy: [{ start: 'asc' }, { createdAt: 'asc' }],
    select: { ...ANNOTATION_SELECT, responseId: true },
  })
  const map = new Map<string, Annotation[]>()
  for (const { responseId, ...a } of rows) map.set(responseId, [...(map.get(responseId) ?? []), a])
  return map
}
