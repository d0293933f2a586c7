import { z } from 'zod'
import { roundPoints } from '../points'
import { countOf } from '../../text/count-of'

// What every question type builds on: the content schema's fields common to all questions, id
// shapes, and small rules two or more types share (choices from a list, partial credit).

export const zId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single dashes')
  .max(60)
export const zText = (max: number) => z.string().trim().min(1).max(max)
// The shape only: which paragraphs and sentences exist is the lesson's business, checked against
// its record by each type's `problems` (LessonContext), not by a regex that knows one lesson.
export const zParagraphId = z.string().regex(/^p\d{1,3}$/, 'paragraph ids look like p7')
export const zSentenceId = z.string().regex(/^p\d{1,3}\.s\d{1,2}$/, 'sentence ids look like p7.s2')

export const SKILLS = ['comprehension', 'sourcing', 'contextualisation', 'corroboration', 'close-reading'] as const
export type Skill = (typeof SKILLS)[number]

/** Each historical-thinking skill's name, as the reading guide, item analysis and every screen show it. */
export const SKILL_LABELS: Record<Skill, string> = {
  comprehension: 'Comprehension',
  sourcing: 'Sourcing',
  contextualisation: 'Contextualisation',
  corroboration: 'Corroboration',
  'close-reading': 'Close reading',
}

export const zChoice = z.strictObject({ id: zId, text: zText(400), feedback: zText(600) })
export const zRubricLevel = z.strictObject({
  id: zId,
  label: zText(80),
  points: z.number().min(0).max(100),
  description: zText(600),
})
export const zItem = (max: number) => z.strictObject({ id: zId, text: zText(max) })

export const common = {
  id: zId,
  skill: z.enum(SKILLS),
  paragraphs: z.array(zParagraphId).min(1).max(200),
  points: z.number().positive().max(100),
  prompt: zText(1200),
  explanation: zText(1500),
}

/** Answers name options by id: never longer than a content id. */
export const zAnswerId = z.string().max(60)
export const zAnswerIds = z.array(zAnswerId).max(40)
export const zAnswerText = (max: number) => z.string().max(max, `Answers to this question can be at most ${countOf(max, 'character')}.`)

/** A list that must come from a set of allowed ids, each at most once. */
export function unknownOrRepeated(ids: string[], allowed: string[]): string | null {
  const bad = ids.find((id) => !allowed.includes(id))
  if (bad) return `“${bad}” is not one of this question’s options.`
  if (new Set(ids).size !== ids.length) return 'An option was chosen twice.'
  return null
}

export const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i)
/** "duplicate choices ids" when a list of a question repeats an id. */
export const duplicateIds = (name: string, list: { id: string }[]) =>
  duplicates(list.map((x) => x.id)).length ? [`duplicate ${name} ids`] : []

const clamp01 = (n: number) => Math.max(0, Math.min(1, n))
/** Points for a share (0…1) of the question's credit. */
export const credit = (points: number, share: number) => ({ score: roundPoints(points * share), max: points })

/** Hits minus wrong picks, over the number of right answers: 0…1. Ticking everything never pays. */
export function selectionCredit(picked: string[], correct: string[]): number {
  const hits = picked.filter((id) => correct.includes(id)).length
  const wrong = picked.length - hits
  return clamp01((hits - wrong) / correct.length)
}

/** The text of an option, or its id when the option no longer exists (shown, not dropped). */
export const textOf = (list: { id: string; text: string }[], id: string) => list.find((x) => x.id === id)?.text ?? id

/** Choice feedback keyed by choice id, for the released results. */
export const feedbackOf = (list: { id: string; feedback: string }[]) => Object.fromEntries(list.map((c) => [c.id, c.feedback]))

export const bare = (list: { id: string; text: string }[]) => list.map(({ id, text }) => ({ id, text }))

/** A written answer (short, essay) is given when its text is not blank: one rule for both types. */
export const hasText = (a: { text: string } | undefined): boolean => Boolean(a?.text.trim())

/** A written answer in words: its text as written, trimmed; nothing for a blank one. */
export const describeText = (a: { text: string }) => ({ lines: hasText(a) ? [a.text.trim()] : [] })
