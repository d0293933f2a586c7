import { z } from 'zod'

// The schema of question-set files (content/lessons/<slug>/questions/*.json). Every question has a
// stable id, a skill, the record's paragraphs it rests on, points and an explanation shown in
// feedback; choice questions carry feedback per choice. Keys live beside the questions in these
// files and never reach a student's browser before release (lib/quiz strips them).

const zId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single dashes')
  .max(60)
const zText = (max: number) => z.string().trim().min(1).max(max)
// Shapes only: which paragraphs and sentences exist is the lesson's record, checked by the content
// check (validate-question-files.ts), so a lesson of any length needs no change here.
const zParagraphId = z.string().regex(/^p[1-9]\d{0,2}$/, 'paragraph ids look like p7')
const zSentenceId = z.string().regex(/^p[1-9]\d{0,2}\.s\d{1,2}$/, 'sentence ids look like p7.s2')

export const SKILLS = ['comprehension', 'sourcing', 'contextualisation', 'corroboration', 'close-reading'] as const

const zChoice = z.strictObject({ id: zId, text: zText(400), feedback: zText(600) })
const zRubricLevel = z.strictObject({ id: zId, label: zText(80), points: z.number().min(0).max(100), description: zText(600) })

const common = {
  id: zId,
  skill: z.enum(SKILLS),
  paragraphs: z.array(zParagraphId).min(1).max(28),
  points: z.number().positive().max(100),
  prompt: zText(1200),
  explanation: zText(1500),
}

export const ZSingleChoice = z.strictObject({ ...common, type: z.literal('single'), choices: z.array(zChoice).min(3).max(6), correct: zId })
export const ZMultipleChoice = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  choices: z.array(zChoice).min(4).max(8),
  correct: z.array(zId).min(2),
})
export const ZTrueFalseBecause = z.strictObject({
  ...common,
  type: z.literal('true-false-because'),
  statement: zText(600),
  correct: z.boolean(),
  because: z.array(zChoice).min(3).max(5),
  correctBecause: zId,
})
export const ZOrdering = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  items: z
    .array(z.strictObject({ id: zId, text: zText(300) }))
    .min(3)
    .max(8),
  /** The item ids in the right order; the student sees them shuffled (stably, per attempt). */
  correctOrder: z.array(zId).min(3),
})
export const ZMatching = z.strictObject({
  ...common,
  type: z.literal('matching'),
  prompts: z
    .array(z.strictObject({ id: zId, text: zText(400) }))
    .min(2)
    .max(10),
  options: z
    .array(z.strictObject({ id: zId, text: zText(200) }))
    .min(2)
    .max(10),
  /** prompt id → option id. Options may be used more than once (e.g. "Batmunkh" / "Kim Il Sung"). */
  correct: z.record(zId, zId),
})
export const ZShortAnswer = z.strictObject({
  ...common,
  type: z.literal('short'),
  modelAnswer: zText(1500),
  rubric: z.array(zRubricLevel).min(2).max(6),
  /** Optional pre-scoring: if the answer contains any of these phrases (case-insensitive), suggest this many points. */
  acceptedPhrases: z.array(zText(80)).max(20).optional(),
  maxWords: z.number().int().min(10).max(400),
})
export const ZEvidenceSelection = z.strictObject({
  ...common,
  type: z.literal('evidence'),
  claim: zText(600),
  stance: z.enum(['supports', 'contradicts']),
  /** The sentences that count; the student may choose from every sentence of `paragraphs`. */
  accepted: z.array(zSentenceId).min(1).max(10),
  maxSelections: z.number().int().min(1).max(10),
})
export const ZEssay = z.strictObject({
  ...common,
  type: z.literal('essay'),
  rubric: z
    .array(z.strictObject({ id: zId, criterion: zText(120), levels: z.array(zRubricLevel).min(2).max(5) }))
    .min(2)
    .max(6),
  minWords: z.number().int().min(50).max(2000),
  maxWords: z.number().int().min(100).max(3000),
})

export const ZQuestion = z.discriminatedUnion('type', [
  ZSingleChoice,
  ZMultipleChoice,
  ZTrueFalseBecause,
  ZOrdering,
  ZMatching,
  ZShortAnswer,
  ZEvidenceSelection,
  ZEssay,
])
export type TQuestion = z.infer<typeof ZQuestion>
export type QuestionType = TQuestion['type']

export const ZQuestionSet = z.strictObject({
  id: zId,
  title: zText(120),
  description: zText(600),
  /** Suggested order in the lesson: pre-reading before the record, the essay last. */
  order: z.number().int().min(1).max(20),
  questions: z.array(ZQuestion).min(1).max(80),
})
export type TQuestionSet = z.infer<typeof ZQuestionSet>
