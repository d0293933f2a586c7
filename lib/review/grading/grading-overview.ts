import 'server-only'
import { db } from '@/lib/db'
import { questionSetOf } from '@/lib/content/question-sets'
import { requireLesson } from '@/lib/content/require-lesson'
import { submitExpiredAttempts } from '@/lib/quiz/submit-attempt'
import { listRegradeRequests } from './regrade-requests'
import { loadGradingContext } from './load-grading-context'
import { loadStudentLabels } from './load-student-labels'
import { feedbackAudience } from './feedback-audience'
import { isGradingAnonymous } from './student-labels'
import { questionNumbers } from '@/lib/quiz/question-number'

/**
 * The grading home of an assignment: each question with how many answers await a grader (counted
 * in the database), every submitted attempt for grading by student, and open regrade requests.
 */
export async function gradingOverview(opts: { userId: string; assignmentId: string }) {
  const { assignment } = await loadGradingContext(db, opts)
  await submitExpiredAttempts({ assignmentId: assignment.id })
  const isAnonymous = isGradingAnonymous(assignment)
  const counts = await db.$queryRaw<{ questionId: string; answered: bigint; awaiting: bigint }[]>`
    SELECT r."questionId", COUNT(*) AS answered, COUNT(*) FILTER (WHERE r.score IS NULL) AS awaiting
    FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId"
    WHERE a."assignmentId" = ${assignment.id} AND a.status = 'SUBMITTED'
    GROUP BY r."questionId"`
  const lesson = await requireLesson(assignment.lessonSlug)
  const sets = assignment.questionSetIds.map((setId) => {
    const { set } = questionSetOf(lesson, setId)
    const numbers = questionNumbers(set.questions)
    return {
      id: set.id,
      title: set.title,
      questions: set.questions.map((q) => {
        const c = counts.find((x) => x.questionId === q.id)
        return {
          id: q.id,
          number: numbers[q.id],
          type: q.type,
          prompt: q.prompt,
          points: q.points,
          answered: Number(c?.answered ?? 0),
          awaiting: Number(c?.awaiting ?? 0),
        }
      }),
    }
  })
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, status: 'SUBMITTED' },
    select: {
      id: true,
      userId: true,
      questionSetId: true,
      number: true,
      score: true,
      maxScore: true,
      isScoreFinal: true,
      latePenaltyPercent: true,
      submittedAt: true,
      feedbackReleasedAt: true,
    },
  })
  const labelOf = await loadStudentLabels(db, assignment)
  return {
    assignment,
    isAnonymous,
    sets,
    attempts: attempts
      .sort((a, b) => labelOf(a.userId).rank - labelOf(b.userId).rank || a.number - b.number)
      .map(({ userId, ...a }) => ({ ...a, ...labelOf(userId) })),
    regradeRequests: await listRegradeRequests(opts),
    /** Students with submitted work, and those who see feedback now: the release dialogs' counts. */
    audience: await feedbackAudience(db, assignment),
  }
}
