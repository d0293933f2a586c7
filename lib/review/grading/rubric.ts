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

/** One criterion of a graded answer as the student sees it: the level reached (null when none was chosen). */
export interface RubricFeedbackLine {
  /** The criterion's name; null for a one-scale rubric (short answers). */
  criterion: string | null
  level: { label: string; points: number; description: string | null } | null
  max: number
}

/**
 * What the grader chose on the rubric in force, criterion by criterion, for the student's results.
 * Null when the score was not set through the rubric (set by hand, or not graded yet). Level
 * descriptions are left out (null) when `withDescriptions` is false: a short answer's levels can
 * describe the expected answer, which is part of the key.
 */
export function rubricFeedback(
  rubric: Rubric | null,
  chosen: { rubricLevelId: string | null; rubricScores: unknown; overrideReason: string | null },
  withDescriptions: boolean,
): RubricFeedbackLine[] | null {
  // A score set by hand replaces the rubric's (its levels may still be stored from before).
  if (!rubric || chosen.overrideReason !== null) return null
  const levelOf = (l: Level | undefined) =>
    l ? { label: l.label, points: l.points, description: withDescriptions ? l.description : null } : null
  const top = (levels: Level[]) => Math.max(...levels.map((l) => l.points))
  if (rubric.kind === 'levels') {
    if (!chosen.rubricLevelId) return null
    return [{ criterion: null, level: levelOf(rubric.levels.find((l) => l.id === chosen.rubricLevelId)), max: top(rubric.levels) }]
  }
  const scores = chosen.rubricScores
  if (!scores || typeof scores !== 'object') return null
  const byCriterion = scores as Record<string, unknown>
  return rubric.criteria.map((c) => ({
    criterion: c.criterion,
    level: levelOf(c.levels.find((l) => l.id === byCriterion[c.id])),
    max: top(c.levels),
  }))
}
