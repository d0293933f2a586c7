/**
 * "1 student", "2 students", "0 students": a number and its noun, in one place, so no screen says
 * "1 students". Pass the plural when it is not the noun plus "s" ("1 match", "2 matches").
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
