// The record as the captured source gives it. record.json must match this exactly, so a silent
// edit of the record (a "corrected" slip, a dropped bracket) fails the content check.

export interface SourceRecord {
  heading: string
  paragraphs: string[]
}

/**
 * The heading and paragraphs of the record in the source text: the non-empty, trimmed lines from
 * the first line starting with `firstLine` to the first later line ending with `lastLine`; the
 * heading is the nearest non-empty line before them. Null when either marker is missing.
 */
export function extractSourceRecord(text: string, markers: { firstLine: string; lastLine: string }): SourceRecord | null {
  const lines = text.split(/\r?\n/).map((line) => line.trim())
  const first = lines.findIndex((line) => line.startsWith(markers.firstLine))
  if (first < 0) return null
  const last = lines.findIndex((line, i) => i >= first && line.endsWith(markers.lastLine))
  if (last < 0) return null
  const heading = lines.slice(0, first).reverse().find((line) => line !== '') ?? ''
  return { heading, paragraphs: lines.slice(first, last + 1).filter((line) => line !== '') }
}

/** Where two texts first differ, with a little context on each side, for an error message. */
export function describeDifference(actual: string, expected: string): string {
  let i = 0
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++
  const excerpt = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 20), i + 25))
  return `differs at character ${i + 1}: content has ${excerpt(actual)}, source has ${excerpt(expected)}`
}
