import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { badInput } from '@/lib/validation'
import { COMMENT_MAX } from './grade-responses'
import { loadGradingContext } from './load-grading-context'

// Reusable comments: each instructor's own bank per question set, following them across their
// classes. Never shared: saved comments name students, and a co-instructor or another class's
// instructor must not read them. The owner is part of every query's where clause.

const ZBankEntry = z.strictObject({
  assignmentId: z.string().min(1).max(64),
  questionSetId: z.string().min(1).max(60),
  body: z.string().trim().min(1, 'Write the comment to save.').max(COMMENT_MAX),
})

/** The bank one instructor may use while grading this assignment's question set. */
async function bankOf(userId: string, assignmentId: string, questionSetId: string) {
  const { assignment } = await loadGradingContext(db, { userId, assignmentId })
  if (!assignment.questionSetIds.includes(questionSetId)) throw new AppError('NOT_FOUND', 'Question set not found in this assignment.')
  return { createdById: userId, lessonSlug: assignment.lessonSlug, questionSetId }
}

export async function saveToCommentBank(opts: { userId: string; input: unknown }): Promise<{ id: string }> {
  const parsed = ZBankEntry.safeParse(opts.input)
  if (!parsed.success) throw badInput(parsed.error)
  const bank = await bankOf(opts.userId, parsed.data.assignmentId, parsed.data.questionSetId)
  const existing = await db.commentBankEntry.findFirst({ where: { ...bank, body: parsed.data.body }, select: { id: true } })
  return existing ?? db.commentBankEntry.create({ data: { ...bank, body: parsed.data.body }, select: { id: true } })
}

export async function searchCommentBank(opts: { userId: string; assignmentId: string; questionSetId: string; query?: string }) {
  const bank = await bankOf(opts.userId, opts.assignmentId, opts.questionSetId)
  const q = opts.query?.trim().slice(0, 100)
  return db.commentBankEntry.findMany({
    where: { ...bank, ...(q ? { body: { contains: q, mode: 'insensitive' as const } } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, body: true },
  })
}
