import crypto from 'node:crypto'
import { publicQuestionOf, type PublicQuestion, type TQuestion } from './types'

// What a student's browser may see of a question before results are released: no keys, no
// explanations, no per-choice feedback, no model answers or accepted phrases (each type's
// `toPublic`). Orderable items are shuffled the same way every time for one attempt, so a reload
// does not reshuffle them; the hash runs here, on the server, so the type modules stay browser-safe.

export type { PublicQuestion, PublicQuestionOf } from './types'

type Sentences = Record<string, { id: string; text: string }[]>

export function stableShuffle<T extends { id: string }>(items: T[], seed: string): T[] {
  const key = (id: string) => crypto.createHash('sha256').update(`${seed}:${id}`).digest('hex')
  return [...items].sort((a, b) => (key(a.id) < key(b.id) ? -1 : 1))
}

export function toPublicQuestion(q: TQuestion, opts: { seed: string; sentences: Sentences }): PublicQuestion {
  return publicQuestionOf(q, { sentences: opts.sentences, shuffle: (items, salt) => stableShuffle(items, `${opts.seed}:${salt}`) })
}
