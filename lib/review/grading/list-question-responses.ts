import 'server-only'
import { db } from '@/lib/db'
import { groupKey } from './group-key'
import { loadGradingContext } from './load-grading-context'
import { loadStudentLabels } from './load-student-labels'
import { isGradingAnonymous } from './student-labels'
import { annotationsByResponse, answerText, type Annotation } from './response-annotations'
import { pageOfResponses, type ResponsePageOptions } from './response-page'

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
  /** Loaded for the rows of the page shown only (`shown`); empty in `responses`. */
  comments: { id: string; body: string; quotedParagraph: string | null }[]
  /** A written answer's text as stored, which passage comments' offsets count into; null otherwise. */
  text: string | null
  /** Like comments: for the rows of the page shown only. */
  annotations: Annotation[]
}

interface Row {
  attemptId: string
  userId: string
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
 * Identical or near-identical text answers share a group key. `shown` is the page of them the
 * grader sees (response-page.ts), and only its rows carry their comments and passage comments: a
 * class of 10,000 is 200 pages, and loading every page's comments cost more than all the rest.
 */
export async function listQuestionResponses(opts: {
  userId: string
  assignmentId: string
  questionId: string
  page?: ResponsePageOptions
}) {
  const ctx = await loadGradingContext(db, opts)
  const { assignment, question, setId } = ctx
  const isAnonymous = isGradingAnonymous(assignment)
  const [rows, labelOf] = await Promise.all([
    db.$queryRaw<Row[]>`
    SELECT DISTINCT ON (a."userId")
      a.id AS "attemptId", a."userId", r.id AS "responseId", r.answer, r.score, r."autoScore",
      r."rubricLevelId", r."rubricScores", r."overrideReason", r."gradeVersion"
    FROM "Attempt" a
    LEFT JOIN "Response" r ON r."attemptId" = a.id AND r."questionId" = ${question!.id}
    WHERE a."assignmentId" = ${assignment.id} AND a."questionSetId" = ${setId} AND a.status = 'SUBMITTED'
    ORDER BY a."userId", a.number DESC`,
    loadStudentLabels(db, assignment),
  ])
  const sorted = [...rows].sort((a, b) => labelOf(a.userId).rank - labelOf(b.userId).rank)
  const responses: QuestionResponseRow[] = sorted.map((r) => {
    const text = r.responseId ? answerText(r.answer) : null
    const { studentLabel, studentId } = labelOf(r.userId)
    return {
      attemptId: r.attemptId,
      responseId: r.responseId,
      studentLabel,
      studentId,
      answer: r.answer,
      score: r.score,
      suggested: r.score === null ? r.autoScore : null,
      rubricLevelId: r.rubricLevelId,
      rubricScores: r.rubricScores,
      overrideReason: r.overrideReason,
      version: r.gradeVersion ?? 0,
      groupKey: text?.trim() ? groupKey(text) : null,
      comments: [],
      text,
      annotations: [],
    }
  })
  const page = pageOfResponses(responses, opts.page ?? { isGrouped: false, onlyUngraded: false })
  const shownIds = page.items.flatMap((r) => (r.responseId ? [r.responseId] : []))
  const [feedback, annotations] = await Promise.all([
    db.feedback.findMany({
      where: { responseId: { in: shownIds } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, responseId: true, body: true, quotedParagraph: true },
    }),
    annotationsByResponse(shownIds),
  ])
  const commentsByResponse = new Map<string, QuestionResponseRow['comments']>()
  for (const { responseId, ...comment } of feedback) {
    if (!responseId) continue
    const comments = commentsByResponse.get(responseId)
    if (comments) comments.push(comment)
    else commentsByResponse.set(responseId, [comment])
  }
  const shown = {
    ...page,
    items: page.items.map((r) => ({
      ...r,
      comments: (r.responseId && commentsByResponse.get(r.responseId)) || [],
      annotations: (r.responseId && annotations.get(r.responseId)) || [],
    })),
  }
  return { assignment, question: question!, setId: setId!, number: ctx.number!, rubric: ctx.rubric, isAnonymous, responses, shown }
}
