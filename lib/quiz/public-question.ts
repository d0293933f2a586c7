import crypto from 'node:crypto'
import type { TQuestion } from './question-schema'

// What a student's browser may see of a question before results are released: no keys, no
// explanations, no per-choice feedback, no model answers or accepted phrases. Orderable items are
// shuffled the same way every time for one attempt, so a reload does not reshuffle them.

type Sentences = Record<string, { id: string; text: string }[]>

export type PublicQuestion =
  | {
      id: string
      type: 'single' | 'multiple'
      points: number
      prompt: string
      paragraphs: string[]
      choices: { id: string; text: string }[]
    }
  | {
      id: string
      type: 'true-false-because'
      points: number
      prompt: string
      paragraphs: string[]
      statement: string
      because: { id: string; text: string }[]
    }
  | { id: string; type: 'ordering'; points: number; prompt: string; paragraphs: string[]; items: { id: string; text: string }[] }
  | {
      id: string
      type: 'matching'
      points: number
      prompt: string
      paragraphs: string[]
      prompts: { id: string; text: string }[]
      options: { id: string; text: string }[]
    }
  | { id: string; type: 'short'; points: number; prompt: string; paragraphs: string[]; maxWords: number }
  | {
      id: string
      type: 'evidence'
      points: number
      prompt: string
      paragraphs: string[]
      claim: string
      stance: 'supports' | 'contradicts'
      maxSelections: number
      sentences: { id: string; text: string }[]
    }
  | {
      id: string
      type: 'essay'
      points: number
      prompt: string
      paragraphs: string[]
      minWords: number
      maxWords: number
      rubric: { id: string; criterion: string; levels: { label: string; points: number; description: string }[] }[]
    }

export function stableShuffle<T extends { id: string }>(items: T[], seed: string): T[] {
  const key = (id: string) => crypto.createHash('sha256').update(`${seed}:${id}`).digest('hex')
  return [...items].sort((a, b) => (key(a.id) < key(b.id) ? -1 : 1))
}

export function toPublicQuestion(q: TQuestion, opts: { seed: string; sentences: Sentences }): PublicQuestion {
  const common = { id: q.id, points: q.points, prompt: q.prompt, paragraphs: q.paragraphs }
  const bare = (list: { id: string; text: string }[]) => list.map(({ id, text }) => ({ id, text }))
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...common, type: q.type, choices: bare(q.choices) }
    case 'true-false-because':
      return { ...common, type: q.type, statement: q.statement, because: bare(q.because) }
    case 'ordering':
      return { ...common, type: q.type, items: stableShuffle(bare(q.items), `${opts.seed}:${q.id}`) }
    case 'matching':
      return { ...common, type: q.type, prompts: bare(q.prompts), options: bare(q.options) }
    case 'short':
      return { ...common, type: q.type, maxWords: q.maxWords }
    case 'evidence':
      return {
        ...common,
        type: q.type,
        claim: q.claim,
        stance: q.stance,
        maxSelections: q.maxSelections,
        sentences: q.paragraphs.flatMap((p) => opts.sentences[p] ?? []),
      }
    case 'essay':
      return {
        ...common,
        type: q.type,
        minWords: q.minWords,
        maxWords: q.maxWords,
        rubric: q.rubric.map((c) => ({
          id: c.id,
          criterion: c.criterion,
          levels: c.levels.map(({ label, points, description }) => ({ label, points, description })),
        })),
      }
  }
}
