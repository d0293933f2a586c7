import 'server-only'
import { analyticsDb } from '@/lib/db'
import { taughtAssignmentQuiz } from './taught-assignment-quiz'
import { roundPoints } from '@/lib/quiz/points'
import { isHandGraded, type QuestionType } from '@/lib/quiz/types'
import { isGradingAnonymous } from './grading/student-labels'
import { questionNumbers } from '@/lib/quiz/question-number'
import { scoreSummary, type ScoreSummary } from './score-summary'

export interface QuestionColumn {
  id: string
  /** The question's number in the instructor's views (question-number.ts). */
  number: number
  type: QuestionType
  points: number
  isHandGraded: boolean
  /** Over students who submitted the quiz; answers awaiting a grader are left out until graded. */
  summary: ScoreSummary
  awaiting: number
}

/**
 * One student's result on one question: "scored" (auto or by a grader), "awaiting" a grader,
 * "unanswered" (0 on submit), or "not-submitted" (no submitted attempt at the quiz).
 */
export interface QuestionCell {
  state: 'scored' | 'awaiting' | 'unanswered' | 'not-submitted'
  score: number | null
}

export interface QuestionGradebookRow {
  id: string
  name: string
  email: string
  /** The latest submitted attempt at the quiz, which the grading screen opens; null before one. */
  attemptId: string | null
  /** That attempt's total, after any late penalty. */
  total: number | null
  latePenaltyPercent: number
  cells: Record<string, QuestionCell>
}

export interface QuestionGradebook {
  assignment: { id: string; title: string }
  set: { id: string; title: string }
  sets: { id: string; title: string }[]
  /** Graded anonymously and not finished: no scores beside names (the gradebook's rule). */
  isAnonymous: boolean
  questions: QuestionColumn[]
  rows: QuestionGradebookRow[]
}

/**
 * Score per question per current student for one quiz of an assignment, from each student's latest
 * submitted attempt. Questions come in the set's authored order, numbered by questionNumbers (lib/quiz/question-number.ts).
 * NOT_FOUND unless the user teaches the class and the quiz belongs to the assignment.
 */
export async function getQuestionGradebook(opts: {
  userId: string
  classId: string
  assignmentId: string
  questionSetId?: string
}): Promise<QuestionGradebook> {
  const { assignment, setId, set, sets } = await taughtAssignmentQuiz(opts)
  const isAnonymous = isGradingAnonymous(assignment)

  // Authorized on the primary above; the scores may come from a replica (lib/db.ts).
  const [students, attempts] = await Promise.all([
    analyticsDb.membership.findMany({
      where: { classId: opts.classId, role: 'STUDENT', removedAt: null },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ user: { name: 'asc' } }, { user: { email: 'asc' } }],
    }),
    isAnonymous
      ? Promise.resolve([])
      : analyticsDb.attempt.findMany({
          where: {
            assignmentId: assignment.id,
            questionSetId: setId,
            status: 'SUBMITTED',
            user: { memberships: { some: { classId: opts.classId, role: 'STUDENT', removedAt: null } } },
          },
          distinct: ['userId'],
          orderBy: [{ userId: 'asc' }, { number: 'desc' }],
          select: {
            id: true,
            userId: true,
            score: true,
            latePenaltyPercent: true,
            responses: { select: { questionId: true, score: true, isAnswered: true } },
          },
        }),
  ])
  const attemptOf = new Map(attempts.map((a) => [a.userId, a]))

  const rows: QuestionGradebookRow[] = students.map(({ user }) => {
    const attempt = attemptOf.get(user.id) ?? null
    const responses = new Map((attempt?.responses ?? []).map((r) => [r.questionId, r]))
    const cells = Object.fromEntries(
      set.questions.map((q): [string, QuestionCell] => {
        if (!attempt) return [q.id, { state: 'not-submitted', score: null }]
        const r = responses.get(q.id)
        // No row, or a blank one: the quiz engine scores an unanswered question 0 on submit.
        if (!r || !r.isAnswered) return [q.id, { state: 'unanswered', score: roundPoints(r?.score ?? 0) }]
        if (r.score === null) return [q.id, { state: 'awaiting', score: null }]
        return [q.id, { state: 'scored', score: roundPoints(r.score) }]
      }),
    )
    return {
      ...user,
      attemptId: attempt?.id ?? null,
      total: attempt?.score === null || attempt?.score === undefined ? null : roundPoints(attempt.score),
      latePenaltyPercent: attempt?.latePenaltyPercent ?? 0,
      cells,
    }
  })

  const numbers = questionNumbers(set.questions)
  const questions: QuestionColumn[] = set.questions.map((q) => {
    const cells = rows.map((r) => r.cells[q.id])
    const known = cells.flatMap((c) => (c.score === null ? [] : [c.score]))
    return {
      id: q.id,
      number: numbers[q.id],
      type: q.type,
      points: q.points,
      isHandGraded: isHandGraded(q.type),
      summary: scoreSummary(known, { outOf: q.points, students: rows.length }),
      awaiting: cells.filter((c) => c.state === 'awaiting').length,
    }
  })
  return {
    assignment: { id: assignment.id, title: assignment.title },
    set: { id: set.id, title: set.title },
    sets,
    isAnonymous,
    questions,
    rows,
  }
}
