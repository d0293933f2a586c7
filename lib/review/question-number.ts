import type { TQuestionSet } from '@/lib/quiz/question-schema'

/**
 * The number a question is known by in the instructor's views ("Q3"). For now its position in the
 * set as authored (content order, never the per-attempt shuffle). Issue 12 defect 5 gives every
 * question of a set one stable number: swap this one function for it when it lands.
 */
export function questionNumberOf(set: Pick<TQuestionSet, 'questions'>, questionId: string): number {
  return set.questions.findIndex((q) => q.id === questionId) + 1
}
