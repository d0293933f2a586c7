// Pure: the rubric a manually graded question is scored with, and a score from chosen levels.

export interface Level {
  id: string
  label: string
  points: number
  description: string
}
export type Rubric =
  { kind: 'levels'; levels: Level[] } | { kind: 'criteria'; criteria: { id: string; criterion: string; levels: Level[] }[] }

/** The question's own rubric (from its content, each type's `rubric`), or null for auto-graded types. */
export { rubricOf } from '@/lib/quiz/types'

export type Choice = { levelId: string } | { criteria: Record<string, string> }

/** Points for a choice of levels, or an error naming what is missing or unknown. */
export function scoreFromRubric(rubric: Rubric, choice: Choice): { score: number } | { error: string } {
  if (rubric.kind === 'levels') {
    if (!('levelId' in choice)) return { error: 'Choose a rubric level.' }
    const level = rubric.levels.find((l) => l.id === choice.levelId)
    return level ? { score: level.points } : { error: `Unknown rubric level “${choice.levelId}”.` }
  }
  if (!('criteria' in choice)) return { error: 'Choose a level for each criterion.' }
  let score = 0
  for (const c of rubric.criteria) {
    const level = c.levels.find((l) => l.id === choice.criteria[c.id])
    if (!level) return { error: `Choose a level for “${c.criterion}”.` }
    score += level.points
  }
  return { score }
}

export function maxOf(rubric: Rubric): number {
  return rubric.kind === 'levels'
    ? Math.max(...rubric.levels.map((l) => l.points))
    : rubric.criteria.reduce((s, c) => s + Math.max(...c.levels.map((l) => l.points)), 0)
}
