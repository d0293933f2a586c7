// Pure (browser-safe): the one number of each question of a set, its position in the set as
// authored ("Q7" is the seventh question in the set's file). Every view that names a question —
// the quiz screen, the student's results, grading by student and by question, item analysis, the
// gradebook and every CSV — takes its number from here, so a student's "Question 7" is the
// instructor's Q7 however the attempt ordered the questions on the student's screen.

/** questionId → its number in the set (1-based). */
export type QuestionNumbers = Readonly<Record<string, number>>

/**
 * Numbers for a set's questions in authored order. `alsoShown` lists question ids an attempt
 * showed that the set no longer has (removed since): they follow the set's last number, by id,
 * so an old attempt never shows a question without a number or two questions with one.
 */
export function questionNumbers(authored: readonly { id: string }[], alsoShown: readonly string[] = []): QuestionNumbers {
  const numbers: Record<string, number> = {}
  authored.forEach((q, i) => (numbers[q.id] = i + 1))
  let next = authored.length
  for (const id of [...new Set(alsoShown)].sort()) if (!(id in numbers)) numbers[id] = ++next
  return numbers
}

/** The short label used in tables, charts and CSV headers: "Q7". */
export const questionLabel = (n: number) => `Q${n}`
