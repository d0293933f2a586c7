import 'server-only'
import { db } from '@/lib/db'
import { groupKey } from './group-key'
import { loadGradingContext } from './load-grading-context'

export interface QuestionResponseRow {
  attemptId: string
  responseId: string | null
  /** The student's name, or "Student 12" while grading is anonymous. */
  studentLabel: string
  studentId: string | null
  answer: unknown
  score: number | null
  suggested: number | null
  rubricLevelId: string | null
  rubricScores: Record<string, string> | null
  overrideReason: string | null
  version: number
  groupKey: string | null
  comments: { id: string; body: string; quotedParagraph: string | null }[]
}

interface Row {
  attemptId: string
  userId: string
  name: string
  responseId: string | null
  answer: unknown
  score: number | null
  autoScore: number | null
  rubricLevelId: string | null
  rubricScores: Record<string, string> | null
  overrideReason: string | null
  gradeVersion: number | null
}

/**
 * Every submitted attempt's answer to one question, in one query: the latest submitted attempt of
 * each student, with the answer if there is one (unanswered rows are flagged by responseId null).
 * Identical or near-identical text answers share a group key.
 */
export async function listQuestionResponses(opts: { userId: string; assignmentId: string; questionId: string }) {
  const ctx = await loadGradingContext(db, opts)
  const { assignment, question, setId } = ctx
  const isAnonymous = assignment.anonymousGrading && !assignment.gradingFinishedAt
  const rows = await db.$queryRaw<Row[]>`
    SELECT DISTINCT ON (a."userId")
      a.id AS "attemptId", a."userId", u.name, r.id AS "responseId", r.answer, r.score, r."autoScore",
      r."rubricLevelId", r."rubricScores", r."overrideReason", r."gradeVersion"
    FROM "Attempt" a
    JOIN "User" u ON u.id = a."userId"
    LEFT JOIN "Response" r ON r."attemptId" = a.id AND r."questionId" = ${question!.id}
    WHERE a."assignmentId" = ${assignment.id} AND a."questionSetId" = ${setId} AND a.status = 'SUBMITTED'
    ORDER BY a."userId", a.number DESC`
  const feedback = await db.feedback.findMany({
    where: { responseId: { in: rows.flatMap((r) => (r.responseId ? [r.responseId] : [])) } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, responseId: true, body: true, quotedParagraph: true },
  })
  const commentsByResponse = new Map<string, QuestionResponseRow['comments']>()
  for (const { responseId, ...comment } of feedback) {
    if (!responseId) continue
    const comments = commentsByResponse.get(responseId)
    if (comments) comments.push(comment)
    else commentsByResponse.set(responseId, [comment])
  }
  // Anonymous labels are numbered by attempt id, so they stay the same between page loads.
  const anonymousNumber = new Map([...rows].sort((a, b) => (a.attemptId < b.attemptId ? -1 : 1)).map((r, i) => [r.attemptId, i + 1]))
  const sorted = isAnonymous ? [...rows].sort((a, b) => anonymousNumber.get(a.attemptId)! - anonymousNumber.get(b.attemptId)!) : [...rows].sort((a, b) => a.name.localeCompare(b.name))
  const responses: QuestionResponseRow[] = sorted.map((r) => {
    const text = (r.answer as { text?: unknown } | null)?.text
    return {
      attemptId: r.attemptId,
      responseId: r.responseId,
      studentLabel: isAnonymous ? `Student ${anonymousNumber.get(r.attemptId)}` : r.name,
      studentId: isAnonymous ? null : r.userId,
      answer: r.answer,
      score: r.score,
      suggested: r.score === null ? r.autoScore : null,
      rubricLevelId: r.rubricLevelId,
      rubricScores: r.rubricScores,
      overrideReason: r.overrideReason,
      version: r.gradeVersion ?? 0,
      groupKey: typeof text === 'string' && text.trim() ? groupKey(text) : null,
      comments: (r.responseId && commentsByResponse.get(r.responseId)) || [],
    }
  })
  return { assignment, question: question!, setId: setId!, rubric: ctx.rubric, isAnonymous, responses }
}
