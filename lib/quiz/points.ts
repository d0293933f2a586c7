// Points are kept to two decimals, the finest a question's partial credit or a late penalty needs
// (a third of 2 points is 0.67). Every score is rounded here when it is computed, summed or shown,
// so no screen or export prints binary float noise such as 58.769999999999996.

/** A score rounded to two decimals. The epsilon keeps halves such as 1.005 from rounding down. */
export function roundPoints(n: number): number {
  return Math.round((n + Math.sign(n) * Number.EPSILON) * 100) / 100
}

/** "17.5": at most two decimals, no trailing zeros. */
export function formatPoints(n: number): string {
  return String(roundPoints(n))
}
