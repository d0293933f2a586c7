import { formatPoints, roundPoints } from '@/lib/quiz/points'
import { countOf, numberText } from '@/lib/text/count-of'

// Pure: the one line under a column of scores — "Mean 30.4 of 58 (52%) · Median 31 · 24 of 27
// submitted" — in place of a mean over a mean maximum ("30.43 / 58.24"), which no one could read.

export interface ScoreSummary {
  /** Students with a score in the column. */
  submitted: number
  /** Current students of the class, who could have one. */
  students: number
  /** What the column is out of: the full marks of the assignment (or question). */
  outOf: number
  mean: number | null
  median: number | null
}

/** The middle score (the mean of the two middle ones for an even count); null for no scores. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return roundPoints(sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2)
}

export function mean(values: number[]): number | null {
  if (values.length === 0) return null
  return roundPoints(values.reduce((s, v) => s + v, 0) / values.length)
}

export function scoreSummary(scores: number[], opts: { outOf: number; students: number }): ScoreSummary {
  return { submitted: scores.length, students: opts.students, outOf: opts.outOf, mean: mean(scores), median: median(scores) }
}

// A summary is read at a glance: one decimal is enough, and fewer digits than a score's two.
const brief = (n: number) => formatPoints(Math.round(n * 10) / 10)

/** The summary's parts, each labelled with what it is; the page joins them with " · ". */
export function describeSummary(s: ScoreSummary, noun = 'submitted'): string[] {
  const count = `${numberText(s.submitted)} of ${countOf(s.students, 'student')} ${noun}`
  if (s.mean === null || s.median === null) return [`Out of ${formatPoints(s.outOf)}`, count]
  const share = s.outOf > 0 ? ` (${Math.round((s.mean / s.outOf) * 100)}%)` : ''
  return [`Mean ${brief(s.mean)} of ${formatPoints(s.outOf)}${share}`, `Median ${brief(s.median)}`, count]
}
