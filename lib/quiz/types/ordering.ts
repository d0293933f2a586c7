import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import { bare, common, credit, duplicateIds, textOf, unknownOrRepeated, zAnswerIds, zId, zItem } from './shared'

// Items to put in order; the student sees them shuffled (stably, per attempt) and moves them with
// buttons. Credit is the share of item pairs in the right relative order.

const schema = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  items: z.array(zItem(300)).min(3).max(8),
  /** The item ids in the right order. */
  correctOrder: z.array(zId).min(3),
})
const answerSchema = z.strictObject({ order: zAnswerIds })

export interface PublicOrdering extends PublicBase {
  type: 'ordering'
  items: { id: string; text: string }[]
}

/** The share of item pairs in the right relative order (1 = all in order). */
function orderCredit(order: string[], correct: string[]): number {
  const position = new Map(correct.map((id, i) => [id, i]))
  let right = 0
  let pairs = 0
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      pairs++
      if ((position.get(order[i]) ?? -1) < (position.get(order[j]) ?? -1)) right++
    }
  }
  return order.length === correct.length && pairs > 0 ? right / pairs : 0
}

export const ordering: QuestionTypeModule<
  typeof schema,
  typeof answerSchema,
  PublicOrdering,
  { type: 'ordering'; correctOrder: string[] }
> = {
  schema,
  answerSchema,
  isHandGraded: false,
  resultWording: 'correctness',
  isAnsweredOnRecord: false,
  problems: (q) => {
    const items = q.items.map((i) => i.id)
    const isEveryItemOnce = q.correctOrder.length === items.length && items.every((id) => q.correctOrder.includes(id))
    return [...(isEveryItemOnce ? [] : ['correctOrder must list every item exactly once']), ...duplicateIds('items', q.items)]
  },
  checkAnswer: (q, a) =>
    unknownOrRepeated(
      a.order,
      q.items.map((i) => i.id),
    ) ?? (a.order.length !== q.items.length ? 'Put every item in the order.' : null),
  // The shuffled order the student starts from is not an answer: only an order they saved (by
  // moving an item or keeping the order) is, and a saved order always lists every item.
  isAnswered: (q, a) => a.order.length === q.items.length,
  score: (q, a) => credit(q.points, orderCredit(a?.order ?? [], q.correctOrder)),
  toPublic: (q, ctx) => ({
    id: q.id,
    type: q.type,
    points: q.points,
    prompt: q.prompt,
    paragraphs: q.paragraphs,
    items: ctx.shuffle(bare(q.items), q.id),
  }),
  resultKey: (q) => ({ type: q.type, correctOrder: q.correctOrder }),
  choiceFeedback: () => ({}),
  chosenIds: () => [],
  describe: (q, a) => ({ lines: a.order.map((id) => textOf(q.items, id)), isOrdered: true }),
  summary: (q) => q.prompt,
  rubric: () => null,
  choiceParts: () => [],
  optionTally: null,
  sampleAnswer: (q, d) => {
    const order = [...q.correctOrder]
    if (!d.isRight) [order[0], order[1]] = [order[1], order[0]]
    return { order }
  },
}
