import { z } from 'zod'
import { roundPoints } from '@/lib/quiz/points'
import { rubricOf } from '@/lib/quiz/types'
import type { TQuestion } from '@/lib/quiz/question-schema'

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
export { rubricOf }

const zLevel = z.strictObject({
  id: z.string().max(60),
  label: z.string().trim().min(1).max(80),
  points: z.number().min(0).max(100),
  description: z.string().trim().min(1).max(600),
})
/** A rubric as an instructor's edit submits it and as RubricEdit.rubric stores it. */
export const ZRubric: z.ZodType<Rubric> = z.union([
  z.strictObject({ kind: z.literal('levels'), levels: z.array(zLevel).min(2).max(9) }),
  z.strictObject({
    kind: z.literal('criteria'),
    criteria: z
      .array(
        z.strictObject({ id: z.string().max(60), criterion: z.string().trim().min(1).max(120), levels: z.array(zLevel).min(2).max(9) }),
      )
      .min(1)
      .max(8),
  }),
])

/**
 * The rubric in force for a question on one assignment: the latest edit's (RubricEdit.rubric, read
 * through the schema rather than cast, so a malformed row fails loudly), else the question's own.
 */
export function rubricInForce(question: TQuestion, latestEdit: { rubric: unknown } | null | undefined): Rubric | null {
  return latestEdit ? ZRubric.parse(latestEdit.rubric) : rubricOf(question)
}

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
  return { score: roundPoints(score) }
}

export function maxOf(rubric: Rubric): number {
  return rubric.kind === 'levels'
    ? Math.max(...rubric.levels.map((l) => l.points))
    : roundPoints(rubric.criteria.reduce((s, c) => s + Math.max(...c.levels.map((l) => l.points)), 0))
}
