import { z } from 'zod'
import type { TQuestion } from './question-schema'

// The shape of a student's answer to each type of question, and the check that every id in it
// names something the question offers. Text is stored exactly as typed (and always rendered as
// text), within a cap.

export const SHORT_ANSWER_MAX_CHARS = 5_000
export const ESSAY_MAX_CHARS = 30_000

const zIdList = z.array(z.string().max(60)).max(40)
const zText = (max: number) => z.string().max(max, `Answers to this question can be at most ${max.toLocaleString('en')} characters.`)

const ANSWER_SCHEMAS = {
  single: z.strictObject({ choice: z.string().max(60) }),
  multiple: z.strictObject({ choices: zIdList }),
  'true-false-because': z.strictObject({ value: z.boolean().nullable(), because: z.string().max(60).nullable() }),
  ordering: z.strictObject({ order: zIdList }),
  matching: z.strictObject({ pairs: z.record(z.string().max(60), z.string().max(60)) }),
  short: z.strictObject({ text: zText(SHORT_ANSWER_MAX_CHARS) }),
  evidence: z.strictObject({ sentences: zIdList }),
  essay: z.strictObject({ text: zText(ESSAY_MAX_CHARS) }),
} as const

export type Answer = { [K in keyof typeof ANSWER_SCHEMAS]: z.infer<(typeof ANSWER_SCHEMAS)[K]> }
export type AnswerFor<T extends TQuestion['type']> = Answer[T]

/** A list that must come from a set of allowed ids, each at most once. */
function unknownOrRepeated(ids: string[], allowed: string[]): string | null {
  const bad = ids.find((id) => !allowed.includes(id))
  if (bad) return `“${bad}” is not one of this question’s options.`
  if (new Set(ids).size !== ids.length) return 'An option was chosen twice.'
  return null
}

/** Validates an answer against its question; returns the answer or an error message. */
export function parseAnswer(question: TQuestion, raw: unknown): { answer: unknown } | { error: string } {
  const parsed = ANSWER_SCHEMAS[question.type].safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      error:
        issue.code === 'too_big' && issue.path.includes('text') ? issue.message : `That answer does not fit a ${question.type} question.`,
    }
  }
  const a = parsed.data as Record<string, unknown>
  let problem: string | null = null
  switch (question.type) {
    case 'single':
      problem = unknownOrRepeated(
        [a.choice as string],
        question.choices.map((c) => c.id),
      )
      break
    case 'multiple':
      problem = unknownOrRepeated(
        a.choices as string[],
        question.choices.map((c) => c.id),
      )
      break
    case 'true-false-because':
      problem =
        a.because === null
          ? null
          : unknownOrRepeated(
              [a.because as string],
              question.because.map((c) => c.id),
            )
      break
    case 'ordering': {
      const order = a.order as string[]
      problem = unknownOrRepeated(
        order,
        question.items.map((i) => i.id),
      )
      if (!problem && order.length !== question.items.length) problem = 'Put every item in the order.'
      break
    }
    case 'matching': {
      const pairs = a.pairs as Record<string, string>
      problem =
        unknownOrRepeated(
          Object.keys(pairs),
          question.prompts.map((p) => p.id),
        ) ??
        (Object.values(pairs).find((o) => !question.options.some((opt) => opt.id === o))
          ? 'A match names an option this question does not offer.'
          : null)
      break
    }
    case 'evidence': {
      const sentences = a.sentences as string[]
      problem = sentences.find((id) => !question.paragraphs.includes(id.split('.')[0]) || !/^p\d+\.s\d+$/.test(id))
        ? 'A chosen sentence is not in the passage for this question.'
        : new Set(sentences).size !== sentences.length
          ? 'A sentence was chosen twice.'
          : sentences.length > question.maxSelections
            ? `Choose at most ${question.maxSelections} sentences.`
            : null
      break
    }
  }
  return problem ? { error: problem } : { answer: parsed.data }
}

/** Whether the student has given an answer at all (for the "unanswered" list before submitting). */
export function isAnswered(question: TQuestion, answer: unknown): boolean {
  if (!answer || typeof answer !== 'object') return false
  const a = answer as Record<string, unknown>
  switch (question.type) {
    case 'single':
      return typeof a.choice === 'string'
    case 'multiple':
      return Array.isArray(a.choices) && a.choices.length > 0
    case 'true-false-because':
      return a.value !== null && a.value !== undefined && a.because !== null && a.because !== undefined
    case 'ordering':
      return Array.isArray(a.order) && a.order.length > 0
    case 'matching':
      return !!a.pairs && Object.keys(a.pairs).length === question.prompts.length
    case 'evidence':
      return Array.isArray(a.sentences) && a.sentences.length > 0
    case 'short':
    case 'essay':
      return typeof a.text === 'string' && a.text.trim().length > 0
  }
}
