import type { TQuestion } from './question-schema'

// Pure scoring, one rule per type. Partial credit never rewards ticking everything: wrong picks
// cancel right ones. Short answers and essays are graded by the instructor; short answers may get
// a suggested score from accepted phrases, which a grader confirms or changes.

export interface ResponseScore {
  /** null when the instructor must grade it. */
  score: number | null
  max: number
  /** A pre-score for the grader (short answers with accepted phrases). */
  suggested?: number
}

const round = (n: number) => Math.round(n * 100) / 100
const clamp01 = (n: number) => Math.max(0, Math.min(1, n))

/** Hits minus wrong picks, over the number of right answers: 0…1. */
function selectionCredit(picked: string[], correct: string[]): number {
  const hits = picked.filter((id) => correct.includes(id)).length
  const wrong = picked.length - hits
  return clamp01((hits - wrong) / correct.length)
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

export function scoreResponse(question: TQuestion, answer: unknown): ResponseScore {
  const max = question.points
  const a = (answer ?? {}) as Record<string, unknown>
  const credit = (share: number) => ({ score: round(max * share), max })
  switch (question.type) {
    case 'single':
      return credit(a.choice === question.correct ? 1 : 0)
    case 'multiple':
      return credit(selectionCredit((a.choices as string[]) ?? [], question.correct))
    case 'true-false-because': {
      const isValueRight = a.value === question.correct
      // The reason only counts with the right verdict: a right reason for a wrong verdict is a guess.
      return credit(isValueRight ? (a.because === question.correctBecause ? 1 : 0.5) : 0)
    }
    case 'ordering':
      return credit(orderCredit((a.order as string[]) ?? [], question.correctOrder))
    case 'matching': {
      const pairs = (a.pairs as Record<string, string>) ?? {}
      const right = question.prompts.filter((p) => pairs[p.id] === question.correct[p.id]).length
      return credit(right / question.prompts.length)
    }
    case 'evidence':
      return credit(selectionCredit((a.sentences as string[]) ?? [], question.accepted))
    case 'short': {
      const text = typeof a.text === 'string' ? a.text.trim() : ''
      if (!text) return { score: 0, max } // nothing to grade
      const phrases = question.acceptedPhrases ?? []
      if (phrases.length === 0) return { score: null, max }
      const found = phrases.filter((p) => text.toLowerCase().includes(p.toLowerCase())).length
      return { score: null, max, suggested: round(max * (found / phrases.length)) }
    }
    case 'essay': {
      const text = typeof a.text === 'string' ? a.text.trim() : ''
      return text ? { score: null, max } : { score: 0, max }
    }
  }
}

/** An attempt's total: final only when no response awaits the instructor. Late penalty applied last. */
export function attemptTotal(scores: ResponseScore[], latePenaltyPercent = 0) {
  const max = scores.reduce((sum, s) => sum + s.max, 0)
  const raw = scores.reduce((sum, s) => sum + (s.score ?? 0), 0)
  const pending = scores.filter((s) => s.score === null).length
  return {
    raw: round(raw),
    score: round(raw * (1 - latePenaltyPercent / 100)),
    max: round(max),
    pendingManual: pending,
    isFinal: pending === 0,
  }
}
