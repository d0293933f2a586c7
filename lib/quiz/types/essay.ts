import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import { common, describeText, duplicateIds, hasText, zAnswerText, zId, zRubricLevel, zText } from './shared'

// An argued essay, graded by the instructor against criteria, each with its own levels.

const MAX_CHARS = 30_000

const schema = z.strictObject({
  ...common,
  type: z.literal('essay'),
  rubric: z
    .array(z.strictObject({ id: zId, criterion: zText(120), levels: z.array(zRubricLevel).min(2).max(5) }))
    .min(2)
    .max(6),
  minWords: z.number().int().min(50).max(2000),
  maxWords: z.number().int().min(100).max(3000),
})
const answerSchema = z.strictObject({ text: zAnswerText(MAX_CHARS) })

export interface PublicEssay extends PublicBase {
  type: 'essay'
  minWords: number
  maxWords: number
  rubric: { id: string; criterion: string; levels: { label: string; points: number; description: string }[] }[]
}

export const essay: QuestionTypeModule<typeof schema, typeof answerSchema, PublicEssay, { type: 'essay' }> = {
  schema,
  answerSchema,
  isHandGraded: true,
  resultWording: 'rubric',
  maxChars: MAX_CHARS,
  isAnsweredOnRecord: false,
  problems: (q) => {
    const total = q.rubric.reduce((sum, c) => sum + Math.max(...c.levels.map((l) => l.points)), 0)
    return [
      ...(total !== q.points ? [`the rubric's top levels add up to ${total}, not the question's ${q.points} points`] : []),
      ...(q.minWords >= q.maxWords ? ['minWords must be below maxWords'] : []),
      ...duplicateIds('rubric criterion', q.rubric),
      ...q.rubric.flatMap((c) => duplicateIds(`rubric level (${c.id})`, c.levels)),
    ]
  },
  checkAnswer: () => null,
  isAnswered: (_q, a) => hasText(a),
  score: (q, a) => (hasText(a) ? { score: null, max: q.points } : { score: 0, max: q.points }),
  // The rubric is shown to the student (without level ids): they write to it.
  toPublic: (q) => ({
    id: q.id,
    type: q.type,
    points: q.points,
    prompt: q.prompt,
    paragraphs: q.paragraphs,
    minWords: q.minWords,
    maxWords: q.maxWords,
    rubric: q.rubric.map((c) => ({
      id: c.id,
      criterion: c.criterion,
      levels: c.levels.map(({ label, points, description }) => ({ label, points, description })),
    })),
  }),
  resultKey: (q) => ({ type: q.type }),
  choiceFeedback: () => ({}),
  chosenIds: () => [],
  describe: (_q, a) => describeText(a),
  summary: (q) => q.prompt,
  rubric: (q) => ({ kind: 'criteria', criteria: q.rubric }),
  choiceParts: () => [],
  optionTally: null,
  sampleAnswer: () => ({ text: '' }),
}
