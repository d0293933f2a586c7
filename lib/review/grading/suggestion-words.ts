import { formatPoints } from '@/lib/quiz/points'

/**
 * The automatic suggestion beside an ungraded short answer, with what it rests on: the share of the
 * question's expected phrases the answer contains. A bare "suggested 0" read as a verdict.
 */
export function suggestionWords(suggested: number | null, points: number): string | null {
  if (suggested === null) return null
  return `expected phrases suggest ${formatPoints(suggested)} / ${formatPoints(points)}`
}
