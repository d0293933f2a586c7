import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import { bare, common, credit, duplicateIds, feedbackOf, textOf, unknownOrRepeated, zAnswerId, zChoice, zId, zText } from './shared'

// A statement to judge true or false, and the reason for the verdict chosen from a list.

const schema = z.strictObject({
  ...common,
  type: z.literal('true-false-because'),
  statement: zText(600),
  correct: z.boolean(),
  because: z.array(zChoice).min(3).max(5),
  correctBecause: zId,
})
// Either half may still be open while the student works: the runner saves what they have.
const answerSchema = z.strictObject({ value: z.boolean().nullable(), because: zAnswerId.nullable() })

export interface PublicTrueFalseBecause extends PublicBase {
  type: 'true-false-because'
  statement: string
  because: { id: string; text: string }[]
}
type Key = { type: 'true-false-because'; correct: boolean; correctBecause: string }

const verdictOf = (value: boolean | null) => (value === true ? 'True' : value === false ? 'False' : '—')

export const trueFalseBecause: QuestionTypeModule<typeof schema, typeof answerSchema, PublicTrueFalseBecause, Key> = {
  schema,
  answerSchema,
  isHandGraded: false,
  resultWording: 'correctness',
  isAnsweredOnRecord: false,
  problems: (q) => [
    ...(q.because.some((c) => c.id === q.correctBecause) ? [] : [`correctBecause “${q.correctBecause}” is not a choice`]),
    ...duplicateIds('because', q.because),
  ],
  checkAnswer: (q, a) =>
    a.because === null
      ? null
      : unknownOrRepeated(
          [a.because],
          q.because.map((c) => c.id),
        ),
  // The question asks for two things: a verdict alone is half an answer, and the list of
  // unanswered questions before submitting should say so (it still earns half credit if right).
  isAnswered: (_q, a) => a.value !== null && a.because !== null,
  // The reason only counts with the right verdict: a right reason for a wrong verdict is a guess.
  score: (q, a) => credit(q.points, a?.value === q.correct ? (a.because === q.correctBecause ? 1 : 0.5) : 0),
  toPublic: (q) => ({
    id: q.id,
    type: q.type,
    points: q.points,
    prompt: q.prompt,
    paragraphs: q.paragraphs,
    statement: q.statement,
    because: bare(q.because),
  }),
  resultKey: (q) => ({ type: q.type, correct: q.correct, correctBecause: q.correctBecause }),
  choiceFeedback: (q) => feedbackOf(q.because),
  chosenIds: (a) => (a.because ? [a.because] : []),
  describe: (q, a) => {
    if (a.value === null && a.because === null) return { lines: [] }
    return { lines: [a.because === null ? verdictOf(a.value) : `${verdictOf(a.value)}, because ${textOf(q.because, a.because)}`] }
  },
  summary: (q) => `${q.prompt} ${q.statement}`,
  rubric: () => null,
  choiceParts: (q) => [
    {
      part: 'verdict',
      title: 'True or false',
      options: [true, false].map((v) => ({ id: String(v), label: v ? 'True' : 'False', isCorrect: v === q.correct })),
    },
    {
      part: 'because',
      title: 'Because…',
      options: q.because.map((c) => ({ id: c.id, label: c.text, isCorrect: c.id === q.correctBecause })),
    },
  ],
  optionTally: 'verdict-and-because',
  sampleAnswer: (q, d) => ({
    value: d.isRight || d.chance('v') < 0.5 ? q.correct : !q.correct,
    because: d.isRight ? q.correctBecause : d.wrongOf(q.because, q.correctBecause, ''),
  }),
}
