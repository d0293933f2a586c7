import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import { bare, common, credit, duplicateIds, feedbackOf, textOf, unknownOrRepeated, zAnswerId, zChoice, zId } from './shared'

// One right choice among three to six, with feedback on each.

const schema = z.strictObject({ ...common, type: z.literal('single'), choices: z.array(zChoice).min(3).max(6), correct: zId })
const answerSchema = z.strictObject({ choice: zAnswerId })

export interface PublicSingle extends PublicBase {
  type: 'single'
  choices: { id: string; text: string }[]
}

export const single: QuestionTypeModule<typeof schema, typeof answerSchema, PublicSingle, { type: 'single'; correct: string }> = {
  schema,
  answerSchema,
  isHandGraded: false,
  resultWording: 'correctness',
  isAnsweredOnRecord: false,
  problems: (q) => [
    ...(q.choices.some((c) => c.id === q.correct) ? [] : [`correct “${q.correct}” is not a choice`]),
    ...duplicateIds('choices', q.choices),
  ],
  checkAnswer: (q, a) =>
    unknownOrRepeated(
      [a.choice],
      q.choices.map((c) => c.id),
    ),
  isAnswered: (_q, a) => a.choice.length > 0,
  score: (q, a) => credit(q.points, a?.choice === q.correct ? 1 : 0),
  toPublic: (q) => ({ id: q.id, type: q.type, points: q.points, prompt: q.prompt, paragraphs: q.paragraphs, choices: bare(q.choices) }),
  resultKey: (q) => ({ type: q.type, correct: q.correct }),
  choiceFeedback: (q) => feedbackOf(q.choices),
  chosenIds: (a) => [a.choice],
  describe: (q, a) => ({ lines: [textOf(q.choices, a.choice)] }),
  summary: (q) => q.prompt,
  rubric: () => null,
  choiceParts: (q) => [
    { part: 'choice', title: 'Choices', options: q.choices.map((c) => ({ id: c.id, label: c.text, isCorrect: c.id === q.correct })) },
  ],
  optionTally: 'choice',
  sampleAnswer: (q, d) => ({ choice: d.isRight ? q.correct : d.wrongOf(q.choices, q.correct, '') }),
}
