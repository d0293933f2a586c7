// Line numbers for error messages. JSON.parse forgets where things were, so entries are found
// again in the file's text by their id (every content entry has one) or by their key.

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function offsetOfEntry(text: string, id: string): number {
  const match = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text)
  return match ? match.index : -1
}

/**
 * The line of the entry whose "id" is `id` — or, given `then`, of the first occurrence of `then`
 * (a field name or a quoted value) inside that entry. Falls back to the entry's own line, then to 1.
 */
export function lineOfEntry(text: string, id: string, then?: string): number {
  const start = offsetOfEntry(text, id)
  if (start < 0) return 1
  if (then) {
    const next = text.indexOf('"id"', start + 4)
    const found = text.indexOf(then, start)
    if (found >= 0 && (next < 0 || found < next)) return lineAt(text, found)
  }
  return lineAt(text, start)
}

/** The line of `"key":` in a keyed object such as sources.json. */
export function lineOfKey(text: string, key: string): number {
  const found = text.indexOf(`${JSON.stringify(key)}:`)
  return found < 0 ? 1 : lineAt(text, found)
}

/** The line of the first occurrence of `needle`, searching from `from`; 1 if absent. */
export function lineOf(text: string, needle: string, from = 0): number {
  const found = text.indexOf(needle, from)
  return found < 0 ? 1 : lineAt(text, found)
}

/** Where JSON.parse gave up, from its message ("… at position 123" or "(line 5 column 3)"). */
export function lineOfJsonError(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error)
  const line = /line (\d+)/.exec(message)
  if (line) return Number(line[1])
  const position = /position (\d+)/.exec(message)
  return position ? lineAt(text, Number(position[1])) : 1
}
