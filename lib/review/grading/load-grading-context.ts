import 'server-only'
import type { Tx } from '@/lib/db'
import { taughtBy } from '@/lib/authz'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { loadQuestionSet } from '@/lib/content/question-sets'
import type { TQuestion } from '@/lib/quiz/question-schema'
import { questionNumbers } from '@/lib/quiz/question-number'
import { rubricInForce } from './rubric'

/**
 * An assignment that the user teaches, with one of its questions and the rubric in force (the
 * newest instructor edit, else the question's own) and its stable number in its set. NOT_FOUND for anyone who does not teach it.
 */
export async function loadGradingContext(tx: Tx | typeof db, opts: { userId: string; assignmentId: string; questionId?: string }) {
  const assignment = await tx.assignment.findFirst({
    where: { id: opts.assignmentId, class: taughtBy(opts.userId) },
  })
  if (!assignment) throw new AppError('NOT_FOUND', 'Assignment not found.')
  if (!opts.questionId) return { assignment, question: null, setId: null, rubric: null, number: null }
  let question: TQuestion | undefined
  let setId: string | undefined
  let number: number | undefined
  for (const id of assignment.questionSetIds) {
    const { set } = await loadQuestionSet(assignment.lessonSlug, id)
    question = set.questions.find((q) => q.id === opts.questionId)
    if (question) {
      setId = id
      number = questionNumbers(set.questions)[question.id]
      break
    }
  }
  if (!question || !setId) throw new AppError('NOT_FOUND', 'Question not found in this assignment.')
  const edit = await tx.rubricEdit.findFirst({
    where: { assignmentId: assignment.id, questionId: question.id },
    orderBy: { createdAt: 'desc' },
  })
  const rubric = rubricInForce(question, edit)
  return { assignment, question, setId, rubric, number: number! }
}
