import type { ResponseScore } from './types'
import { roundPoints } from './points'

// An attempt's total over its responses' scores. Each response is scored by its question type's
// module (scoreResponse in lib/quiz/types/): partial credit never rewards ticking everything.

/** An attempt's total: final only when no response awaits the instructor. Late penalty applied last. */
export function attemptTotal(scores: ResponseScore[], latePenaltyPercent = 0) {
  const max = scores.reduce((sum, s) => sum + s.max, 0)
  const raw = scores.reduce((sum, s) => sum + (s.score ?? 0), 0)
  const pending = scores.filter((s) => s.score === null).length
  return {
    raw: roundPoints(raw),
    score: roundPoints(raw * (1 - latePenaltyPercent / 100)),
    max: roundPoints(max),
    pendingManual: pending,
    isFinal: pending === 0,
  }
}
