import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import { bare, common, credit, duplicateIds, textOf, unknownOrRepeated, zAnswerId, zId, zItem } from './shared'

// Prompts to match with options; an option may serve several prompts (e.g. "Batmunkh" / "Kim Il Sung").

const schema = z.strictObject({
  ...common,
  type: z.literal('matching'),
  prompts: z.array(zItem(400)).min(2).max(10),
  options: z.array(zItem(200)).min(2).max(10),
  /** prompt id → option id. */
  correct: z.record(zId, zId),
})
const answerSchema = z.strictObject({ pairs: z.record(zAnswerId, zAnswerId) })

export interface PublicMatching extends PublicBase {
  type: 'matching'
  prompts: { id: string; text: string }[]
  options: { id: string; text: string }[]
}

export const matching: QuestionTypeModule<
  typeof schema,
  typeof answerSchema,
  PublicMatching,
  { type: 'matching'; correct: Record<string, string> }
> = {
  schema,
  answerSchema,
  isHandGraded: false,
  resultWording: 'correctness',
  isAnsweredOnRecord: false,
  problems: (q) => {
    const promptIds = q.prompts.map((p) => p.id)
    const missing = promptIds.filter((id) => !(id in q.correct))
    const bad = Object.entries(q.correct).filter(([p, o]) => !promptIds.includes(p) || !q.options.some((opt) => opt.id === o))
    return [
      ...(missing.length ? [`prompts without a correct match: ${missing.join(', ')}`] : []),
      ...(bad.length ? [`matches point at unknown prompts or options: ${bad.map(([p]) => p).join(', ')}`] : []),
      ...duplicateIds('prompts', q.prompts),
      ...duplicateIds('options', q.options),
    ]
  },
  checkAnswer: (q, a) =>
    unknownOrRepeated(
      Object.keys(a.pairs),
      q.prompts.map((p) => p.id),
    ) ??
    (Object.values(a.pairs).find((o) => !q.options.some((opt) => opt.id === o))
      ? 'A match names an option this question does not offer.'
      : null),
  // Answered once every prompt has a match; a half-matched question is still open.
  isAnswered: (q, a) => q.prompts.every((p) => p.id in a.pairs),
  score: (q, a) => credit(q.points, q.prompts.filter((p) => a?.pairs[p.id] === q.correct[p.id]).length / q.prompts.length),
  toPublic: (q) => ({
    id: q.id,
    type: q.type,
    points: q.points,
    prompt: q.prompt,
    paragraphs: q.paragraphs,
    prompts: bare(q.prompts),
    options: bare(q.options),
  }),
  resultKey: (q) => ({ type: q.type, correct: q.correct }),
  choiceFeedback: () => ({}),
  chosenIds: () => [],
  describe: (q, a) => ({ lines: q.prompts.filter((p) => p.id in a.pairs).map((p) => `${p.text} → ${textOf(q.options, a.pairs[p.id])}`) }),
  summary: (q) => q.prompt,
  rubric: () => null,
  choiceParts: () => [],
  optionTally: null,
  // A wrong attempt mismatches every third prompt.
  sampleAnswer: (q, d) => ({
    pairs: Object.fromEntries(
      q.prompts.map((p, i) => [p.id, d.isRight || i % 3 ? q.correct[p.id] : d.wrongOf(q.options, q.correct[p.id], `:${p.id}`)]),
    ),
  }),
}
