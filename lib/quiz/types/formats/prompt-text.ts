import { formatPoints } from '../../points'

// Pure: the words every format puts around a question, so a GIFT file, a Moodle quiz and a printed
// sheet name the record's paragraphs, points and word limits the same way.

const paragraphNumber = (id: string) => id.replace(/^p/, '')

/** "Record, paragraph 4" or "Record, paragraphs 3, 4 and 7". */
export function paragraphsNote(paragraphs: string[]): string {
  const numbers = paragraphs.map(paragraphNumber)
  if (numbers.length === 1) return `Record, paragraph ${numbers[0]}`
  return `Record, paragraphs ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`
}

/** The prompt with the paragraphs it is about: what a student needs where the record is not beside it. */
export const promptWithParagraphs = (q: { prompt: string; paragraphs: string[] }) => `${q.prompt} (${paragraphsNote(q.paragraphs)}.)`

export const wordLimits = (min: number | undefined, max: number) =>
  min === undefined ? `Write at most ${max} words.` : `Write ${min}–${max} words.`

export const pointsLabel = (points: number) => `${formatPoints(points)} ${points === 1 ? 'point' : 'points'}`

/** A true/false-with-reason answer as one option: "True, because …". */
export const verdictBecause = (value: boolean, reason: string) => `${value ? 'True' : 'False'}, because ${reason}`

/** A rubric of levels as lines of text (grader information, answer keys). */
export const levelLines = (levels: { label: string; points: number; description: string }[]) =>
  levels.map((l) => `${l.label} (${pointsLabel(l.points)}): ${l.description}`)

/** A share of 100 with five decimals, as Moodle writes fractions (33.33333). */
export const percent = (share: number) => String(Math.round(share * 100 * 100_000) / 100_000)

/** Text on one line, for formats where a newline ends the question (GIFT, Aiken). */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim()
