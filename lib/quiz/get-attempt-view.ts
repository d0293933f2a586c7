import 'server-only'
import { db } from '@/lib/db'
import { effectiveWindow } from '@/lib/assignments/effective-window'
import { isFeedbackReleased } from '@/lib/assignments/student-status'
import { answerKeyVisibility, type AnswerKeyRelease, type AnswerKeyVisibility } from './answer-key-visibility'
import { publicRecordParagraphs } from '@/lib/content/record'
import { stableShuffle, toPublicQuestion, type PublicQuestion } from './public-question'
import { questionNumbers, type QuestionNumbers } from './question-number'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { questionsByVersion } from './question-snapshot'
import { recordParagraphs, recordSentences } from '@/lib/content/record'
import { resultFor, type QuestionResult } from './types'
import { submitExpiredAttempts } from './submit-attempt'
import { rubricFeedback, rubricInForce, type RubricFeedbackLine } from '@/lib/review/grading/rubric'
import { annotationsByResponse, type Annotation } from '@/lib/review/grading/response-annotations'

/** An instructor's comment as the student sees it; a quoted paragraph comes with its text. */
export interface Comment {
  body: string
  quotedParagraph: string | null
  quotedText: string | null
}

export interface AttemptView {
  attempt: {
    id: string
    status: 'IN_PROGRESS' | 'SUBMITTED'
    number: number
    deadlineAt: string | null
    isTimed: boolean
    submittedAt: string | null
    autoSubmitted: boolean
  }
  assignment: {
    id: string
    title: string
    className: string
    /** The lesson the quiz belongs to, for links into its record. */
    lessonSlug: string
    feedbackRelease: 'ON_SUBMIT' | 'AFTER_DUE' | 'MANUAL'
    answerKeyRelease: AnswerKeyRelease
    closesAt: string
  }
  /** The instructor withdrew the class's feedback and has not released this attempt's again. */
  isFeedbackWithdrawn: boolean
  /** Whether this attempt's key may be shown, and if not, what it waits for (answer-key-visibility.ts). */
  answerKey: AnswerKeyVisibility
  setTitle: string
  /** In this attempt's order on the student's screen (shuffled per attempt). */
  questions: PublicQuestion[]
  /** Each question's stable number in its set (question-number.ts): the instructor's Q7 is the student's Question 7. */
  numbers: QuestionNumbers
  saved: Record<string, { answer: unknown; seq: number }>
  paragraphs: Record<string, string>
  serverNow: string
  /** Present only once the attempt is submitted and its results released. */
  results: null | {
    score: number | null
    maxScore: number | null
    isFinal: boolean
    latePenaltyPercent: number
    /** `review` (key, explanation, per-choice feedback) is null while answerKey is withheld. */
    perQuestion: Record<
      string,
      {
        score: number | null
        max: number
        comments: Comment[]
        review: QuestionResult | null
        /** The rubric levels the grader chose, criterion by criterion; null unless graded on a rubric. */
        rubric: RubricFeedbackLine[] | null
        /** The grader's comments on passages of a written answer: offsets into the answer's text. */
        annotations: { start: number; end: number; quotedText: string; body: string }[]
      }
    >
    overallComments: Comment[]
    regradeRequest: { message: string; createdAt: string; resolution: string | null; resolvedAt: string | null } | null
  }
}

/**
 * A student's own attempt as their browser may see it. The score and comments are added only after
 * submission and release; keys, explanations and per-choice feedback only when answerKeyVisibility
 * also allows it, so an attempt's key cannot help a later attempt. Before that they never leave
 * the server.
 */
export async function getAttemptView(opts: { userId: string; attemptId: string; now?: Date }): Promise<AttemptView | null> {
  const now = opts.now ?? new Date()
  if (opts.attemptId.length > 64) return null
  await submitExpiredAttempts({ userId: opts.userId, now })
  const attempt = await db.attempt.findFirst({
    where: {
      id: opts.attemptId,
      userId: opts.userId,
      assignment: { class: { archivedAt: null, memberships: { some: { userId: opts.userId, role: 'STUDENT', removedAt: null } } } },
    },
    include: {
      assignment: { include: { class: { select: { name: true } }, accommodations: { where: { userId: opts.userId } } } },
      responses: {
        select: {
          id: true,
          questionId: true,
          answer: true,
          seq: true,
          score: true,
          rubricLevelId: true,
          rubricScores: true,
          overrideReason: true,
        },
      },
      feedback: { orderBy: { createdAt: 'asc' }, select: { responseId: true, body: true, quotedParagraph: true } },
      regradeRequest: { select: { message: true, createdAt: true, resolution: true, resolvedAt: true } },
    },
  })
  if (!attempt) return null
  const a = attempt.assignment
  const versions = attempt.questionVersions as Record<string, string>
  const questions = await questionsByVersion(Object.values(versions))
  // The order on the student's screen: shuffled per attempt, the same on every load (never the
  // JSON column's key order, which PostgreSQL sorts by key length). Numbers do not follow it.
  const ordered = stableShuffle(
    Object.values(versions).map((v) => questions.get(v)!),
    `order:${attempt.id}`,
  )
  const { set } = await loadQuestionSet(a.lessonSlug, attempt.questionSetId)
  const sentences = await recordSentences(a.lessonSlug)
  const window = effectiveWindow(a, a.accommodations[0] ?? null)
  const isReleased = isFeedbackReleased(
    { now, window, feedbackRelease: a.feedbackRelease, feedbackReleasedAt: a.feedbackReleasedAt },
    {
      questionSetId: attempt.questionSetId,
      status: attempt.status,
      submittedAt: attempt.submittedAt,
      isScoreFinal: attempt.isScoreFinal,
      feedbackReleasedAt: attempt.feedbackReleasedAt,
    },
  )
  // Every attempt at this quiz counts: one in progress, or any left to start, could use the key.
  const siblings = await db.attempt.findMany({
    where: { assignmentId: a.id, userId: opts.userId, questionSetId: attempt.questionSetId },
    select: { status: true },
  })
  const answerKey = answerKeyVisibility({
    now,
    answerKeyRelease: a.answerKeyRelease,
    isFeedbackReleased: isReleased,
    attemptsAllowed: a.attemptsAllowed,
    submittedAttempts: siblings.filter((s) => s.status === 'SUBMITTED').length,
    hasAttemptInProgress: siblings.some((s) => s.status === 'IN_PROGRESS'),
    closesAt: window.closesAt,
  })
  const allParagraphs = await recordParagraphs(a.lessonSlug)
  const commentsFor = (responseId: string | null) =>
    attempt.feedback
      .filter((f) => f.responseId === responseId)
      .map((f) => ({
        body: f.body,
        quotedParagraph: f.quotedParagraph,
        quotedText: f.quotedParagraph ? (allParagraphs.get(f.quotedParagraph) ?? null) : null,
      }))
  const request = attempt.regradeRequest
  // Graded work in the results: read only once released, so nothing of it is even loaded before.
  const edits = isReleased
    ? await db.rubricEdit.findMany({
        where: { assignmentId: a.id },
        orderBy: { createdAt: 'desc' },
        select: { questionId: true, rubric: true },
      })
    : []
  const annotations = isReleased ? await annotationsByResponse(attempt.responses.map((r) => r.id)) : new Map<string, Annotation[]>()
  // A level's description is shown where the student already has the rubric (the question's public
  // form carries it, as essays do) or once the key is out: a short answer's levels can state the answer.
  const publicQuestions = new Map(ordered.map((q) => [q.id, toPublicQuestion(q, { seed: attempt.id, sentences })]))
  return {
    attempt: {
      id: attempt.id,
      status: attempt.status,
      number: attempt.number,
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      isTimed: a.timeLimitMinutes !== null,
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      autoSubmitted: attempt.autoSubmitted,
    },
    assignment: {
      id: a.id,
      title: a.title,
      className: a.class.name,
      lessonSlug: a.lessonSlug,
      feedbackRelease: a.feedbackRelease,
      answerKeyRelease: a.answerKeyRelease,
      closesAt: window.closesAt.toISOString(),
    },
    answerKey,
    isFeedbackWithdrawn: !isReleased && attempt.status === 'SUBMITTED' && a.feedbackWithdrawnAt !== null,
    setTitle: set.title,
    questions: ordered.map((q) => publicQuestions.get(q.id)!),
    numbers: questionNumbers(set.questions, Object.keys(versions)),
    saved: Object.fromEntries(attempt.responses.map((r) => [r.questionId, { answer: r.answer, seq: Number(r.seq) }])),
    paragraphs: await publicRecordParagraphs(
      a.lessonSlug,
      ordered.flatMap((q) => q.paragraphs),
    ),
    serverNow: now.toISOString(),
    results: isReleased
      ? {
          score: attempt.score,
          maxScore: attempt.maxScore,
          isFinal: attempt.isScoreFinal,
          latePenaltyPercent: attempt.latePenaltyPercent,
          perQuestion: Object.fromEntries(
            ordered.map((q) => {
              const response = attempt.responses.find((r) => r.questionId === q.id)
              // No response: a blank, scored 0. A response with no score: awaiting the instructor.
              return [
                q.id,
                {
                  score: response ? response.score : 0,
                  max: q.points,
                  comments: response ? commentsFor(response.id) : [],
                  review: answerKey.isShown ? resultFor(q) : null,
                  rubric: response
                    ? rubricFeedback(
                        rubricInForce(
                          q,
                          edits.find((e) => e.questionId === q.id),
                        ),
                        response,
                        answerKey.isShown || 'rubric' in publicQuestions.get(q.id)!,
                      )
                    : null,
                  annotations: response
                    ? (annotations.get(response.id) ?? []).map(({ start, end, quotedText, body }) => ({ start, end, quotedText, body }))
                    : [],
                },
              ]
            }),
          ),
          overallComments: commentsFor(null),
          regradeRequest: request
            ? {
                message: request.message,
                createdAt: request.createdAt.toISOString(),
                resolution: request.resolution,
                resolvedAt: request.resolvedAt?.toISOString() ?? null,
              }
            : null,
        }
      : null,
  }
}
