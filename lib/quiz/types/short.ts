import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import { common, describeText, duplicateIds, hasText, zAnswerText, zRubricLevel, zText } from './shared'
import { roundPoints } from '../points'

// A few sentences, graded by the instructor with a rubric of levels. Accepted phrases, if any,
// give the grader a suggested score to confirm or change.

const MAX_CHARS = 5_000

const schema = z.strictObject({
  ...common,
  type: z.literal('short'),
  modelAnswer: zText(1500),
  rubric: z.array(zRubricLevel).min(2).max(6),
  /** If the answer contains any of these phrases (case-insensitive), suggest a share of the points. */
  acceptedPhrases: z.array(zText(80)).max(20).optional(),
  maxWords: z.number().int().min(10).max(400),
})
const answerSchema = z.strictObject({ text: zAnswerText(MAX_CHARS) })

export interface PublicShort extends PublicBase {
  type: 'short'
  maxWords: number
}

export const short: QuestionTypeModule<typeof schema, typeof answerSchema, PublicShort, { type: 'short'; modelAnswer: string }> = {
  schema,
  answerSchema,
  isHandGraded: true,
  resultWording: 'rubric',
  maxChars: MAX_CHARS,
  isAnsweredOnRecord: false,
  problems: (q) => {
    const top = Math.max(...q.rubric.map((l) => l.points))
    return [
      ...(top !== q.points ? [`the rubric's top level (${top}) must equal the question's points (${q.points})`] : []),
      ...duplicateIds('rubric level', q.rubric),
    ]
  },
  checkAnswer: () => null,
  isAnswered: (_q, a) => hasText(a),
  score: (q, a) => {
    const max = q.points
    const text = a?.text.trim() ?? ''
    if (!text) return { score: 0, max } // nothing to grade
    const phrases = q.acceptedPhrases ?? []
    if (phrases.length === 0) return { score: null, max }
    const found = phrases.filter((p) => text.toLowerCase().includes(p.toLowerCase())).length
    return { score: null, max, suggested: roundPoints(max * (found / phrases.length)) }
  },
  toPublic: (q) => ({ id: q.id, type: q.type, points: q.points, prompt: q.prompt, paragraphs: q.paragraphs, maxWords: q.maxWords }),
  resultKey: (q) => ({ type: q.type, modelAnswer: q.modelAnswer }),
  choiceFeedback: () => ({}),
  chosenIds: () => [],
  describe: (_q, a) => describeText(a),
  summary: (q) => q.prompt,
  rubric: (q) => ({ kind: 'levels', levels: q.rubric }),
  choiceParts: () => [],
  optionTally: null,
  sampleAnswer: (_q, d) => {
    const answers = d.writtenAnswers ?? ['I am not sure.']
    return { text: answers[Math.min(answers.length - 1, Math.floor((1 - d.ability) * answers.length + d.chance('') * 1.5))] }
  },
}
