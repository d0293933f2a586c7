import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import {
  bare,
  common,
  credit,
  duplicateIds,
  feedbackOf,
  selectionCredit,
  textOf,
  unknownOrRepeated,
  zAnswerIds,
  zChoice,
  zId,
} from './shared'

// Several right choices among four to eight; wrong picks cancel right ones, so ticking all never pays.

const schema = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  choices: z.array(zChoice).min(4).max(8),
  correct: z.array(zId).min(2),
})
const answerSchema = z.strictObject({ choices: zAnswerIds })

export interface PublicMultiple extends PublicBase {
  type: 'multiple'
  choices: { id: string; text: string }[]
}

export const multiple: QuestionTypeModule<typeof schema, typeof answerSchema, PublicMultiple, { type: 'multiple'; correct: string[] }> = {
  schema,
  answerSchema,
  isHandGraded: false,
  resultWording: 'correctness',
  isAnsweredOnRecord: false,
  problems: (q) => {
    const missing = q.correct.filter((id) => !q.choices.some((c) => c.id === id))
    return [
      ...(missing.length ? [`correct choices ${missing.join(', ')} do not exist`] : []),
      ...(q.correct.length >= q.choices.length ? ['every choice is correct: ticking all would score full marks'] : []),
      ...duplicateIds('choices', q.choices),
    ]
  },
  checkAnswer: (q, a) =>
    unknownOrRepeated(
      a.choices,
      q.choices.map((c) => c.id),
    ),
  isAnswered: (_q, a) => a.choices.length > 0,
  score: (q, a) => credit(q.points, selectionCredit(a?.choices ?? [], q.correct)),
  toPublic: (q) => ({ id: q.id, type: q.type, points: q.points, prompt: q.prompt, paragraphs: q.paragraphs, choices: bare(q.choices) }),
  resultKey: (q) => ({ type: q.type, correct: q.correct }),
  choiceFeedback: (q) => feedbackOf(q.choices),
  chosenIds: (a) => a.choices,
  describe: (q, a) => ({ lines: a.choices.map((id) => textOf(q.choices, id)) }),
  summary: (q) => q.prompt,
  rubric: () => null,
  choiceParts: (q) => [
    {
      part: 'choice',
      title: 'Choices (students could pick several)',
      options: q.choices.map((c) => ({ id: c.id, label: c.text, isCorrect: q.correct.includes(c.id) })),
    },
  ],
  optionTally: 'choices',
  // A wrong attempt keeps one right choice and adds a wrong one: the commonest half-right answer.
  sampleAnswer: (q, d) => ({
    choices: d.isRight
      ? q.correct
      : [
          q.correct[0],
          d.wrongOf(
            q.choices.filter((c) => !q.correct.includes(c.id) || c.id === q.correct[0]),
            q.correct[0],
            '',
          ),
        ],
  }),
}
