import 'server-only'
import { db } from '@/lib/db'
import { assertTeaches } from '@/lib/classes/class-access'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { AppError } from '@/lib/errors'

/**
 * One quiz of an assignment as an instructor's review page opens it (item analysis, the gradebook
 * by question): the assignment, the chosen quiz (the first by default) with its questions, and the
 * titles of all its quizzes for the switcher. NOT_FOUND unless the user teaches the class and the
 * quiz belongs to the assignment.
 */
export async function taughtAssignmentQuiz(opts: { userId: string; classId: string; assignmentId: string; questionSetId?: string }) {
  await assertTeaches(db, opts)
  const assignment =
    opts.assignmentId.length <= 64 ? await db.assignment.findFirst({ where: { id: opts.assignmentId, classId: opts.classId } }) : null
  if (!assignment) throw new AppError('NOT_FOUND', 'Assignment not found.')
  const setId = opts.questionSetId ?? assignment.questionSetIds[0]
  if (!setId || !assignment.questionSetIds.includes(setId)) throw new AppError('NOT_FOUND', 'That quiz is not part of this assignment.')
  const [{ set }, sets] = await Promise.all([
    loadQuestionSet(assignment.lessonSlug, setId),
    Promise.all(assignment.questionSetIds.map(async (id) => ({ id, title: (await loadQuestionSet(assignment.lessonSlug, id)).set.title }))),
  ])
  return { assignment, setId, set, sets }
}
