import 'server-only'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { roundPoints } from '@/lib/quiz/points'

/** Full marks of an assignment: the points of every question of each of its quizzes. */
export async function fullMarks(lessonSlug: string, setIds: string[]): Promise<number> {
  const sets = await Promise.all(setIds.map((id) => loadQuestionSet(lessonSlug, id)))
  return roundPoints(sets.reduce((sum, { set }) => sum + set.questions.reduce((s, q) => s + q.points, 0), 0))
}
