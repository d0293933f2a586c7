/**
 * "1 student", "2 students", "0 students", "10,000 students": a number and its noun, in one place,
 * so no screen says "1 students" or "10000". Pass the plural when it is not the noun plus "s"
 * ("1 match", "2 matches"). Whole numbers get thousands separators; others (points such as 1.5) are
 * shown as given, since a locale format would round them to three places.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberText(n)} ${n === 1 ? singular : plural}`
}

/** A number as countOf writes it, for a count said without its noun ("9,998 of 10,000 students"). */
export function numberText(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en') : String(n)
}
