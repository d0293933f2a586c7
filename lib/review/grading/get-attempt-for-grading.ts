import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { publicRecordParagraphs } from '@/lib/content/record'
import { questionsByVersion } from '@/lib/quiz/question-snapshot'
import { recordSentences } from '@/lib/content/record'
import { loadGradingContext } from './load-grading-context'
import { rubricInForce } from './rubric'
import { loadStudentLabels } from './load-student-labels'
import { annotationsByResponse, answerText } from './response-annotations'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { questionNumbers } from '@/lib/quiz/question-number'

/**
 * One attempt for grading by student (SpeedGrader style): every question as the student saw it,
 * the answer, its grade and comments, the rubric in force, the record's cited paragraphs, and the
 * previous and next attempts at the same quiz.
 */
export async function getAttemptForGrading(opts: { userId: string; assignmentId: string; attemptId: string }) {
  const { assignment } = await loadGradingContext(db, opts)
  const attempt = await db.attempt.findFirst({
    where: { id: opts.attemptId, assignmentId: assignment.id, status: 'SUBMITTED' },
    include: {
      responses: true,
      feedback: { orderBy: { createdAt: 'asc' }, select: { id: true, responseId: true, body: true, quotedParagraph: true } },
    },
  })
  if (!attempt) throw new AppError('NOT_FOUND', 'Attempt not found.')
  const versions = attempt.questionVersions as Record<string, string>
  const byVersion = await questionsByVersion(Object.values(versions))
  const annotations = await annotationsByResponse(attempt.responses.map((r) => r.id))
  const edits = await db.rubricEdit.findMany({ where: { assignmentId: assignment.id }, orderBy: { createdAt: 'desc' } })
  const { set } = await loadQuestionSet(assignment.lessonSlug, attempt.questionSetId)
  const numbers = questionNumbers(set.questions, Object.keys(versions))
  // In stable-number order (question-number.ts), whatever order the student's screen showed.
  const shown = Object.values(versions)
    .map((v) => byVersion.get(v)!)
    .sort((a, b) => numbers[a.id] - numbers[b.id])
  const questions = shown.map((q) => {
    const edit = edits.find((e) => e.questionId === q.id)
    const response = attempt.responses.find((r) => r.questionId === q.id) ?? null
    return {
      question: q,
      number: numbers[q.id],
      rubric: rubricInForce(q, edit),
      response: response && {
        id: response.id,
        answer: response.answer,
        score: response.score,
        suggested: response.score === null ? response.autoScore : null,
        version: response.gradeVersion,
        rubricLevelId: response.rubricLevelId,
        rubricScores: response.rubricScores as Record<string, string> | null,
        overrideReason: response.overrideReason,
      },
      comments: attempt.feedback.filter((f) => response && f.responseId === response.id),
      /** A written answer's text as stored (the offsets of passage comments count into it), else null. */
      text: response ? answerText(response.answer) : null,
      annotations: (response && annotations.get(response.id)) ?? [],
    }
  })
  const labelOf = await loadStudentLabels(db, assignment)
  // Previous and next follow the overview's order: by label (name, or Student N), then attempt.
  const siblings = (
    await db.attempt.findMany({
      where: { assignmentId: assignment.id, questionSetId: attempt.questionSetId, status: 'SUBMITTED' },
      select: { id: true, userId: true, number: true },
    })
  ).sort((a, b) => labelOf(a.userId).rank - labelOf(b.userId).rank || a.number - b.number)
  const at = siblings.findIndex((s) => s.id === attempt.id)
  return {
    assignment,
    attempt: {
      id: attempt.id,
      questionSetId: attempt.questionSetId,
      number: attempt.number,
      score: attempt.score,
      maxScore: attempt.maxScore,
      isScoreFinal: attempt.isScoreFinal,
      latePenaltyPercent: attempt.latePenaltyPercent,
      submittedAt: attempt.submittedAt,
    },
    studentLabel: labelOf(attempt.userId).studentLabel,
    questions,
    overallComments: attempt.feedback.filter((f) => f.responseId === null),
    paragraphs: await publicRecordParagraphs(
      assignment.lessonSlug,
      questions.flatMap((q) => q.question.paragraphs),
    ),
    sentences: await recordSentences(assignment.lessonSlug),
    previousId: siblings[at - 1]?.id ?? null,
    nextId: siblings[at + 1]?.id ?? null,
    position: { index: at + 1, total: siblings.length },
  }
}
