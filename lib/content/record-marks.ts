// The record's paragraphs as a tree of marked ranges over the exact source text: speaker names,
// the note-taker's asides, translators' insertions and elisions, note anchors and glossary terms.
// Marks only ever wrap text — they never add, drop or change a character — so the concatenated
// text of the tree is the paragraph, which the unit tests hold against the source.

export type MarkKind = 'speaker' | 'aside' | 'note' | 'insertion' | 'elision' | 'term'

export interface Mark {
  kind: MarkKind
  start: number
  end: number
  /** The annotation id (kind "note") or glossary id (kind "term"). */
  ref?: string
}

export type RecordNode = { kind: 'text'; text: string } | { kind: MarkKind; ref?: string; children: RecordNode[] }

export interface TermAlias {
  alias: string
  termId: string
}

// When two marks cover the same range, the one listed first is the outer one.
const NESTING_ORDER: MarkKind[] = ['speaker', 'aside', 'note', 'insertion', 'elision', 'term']

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Every occurrence of `needle` in `text` that is not part of a longer word. */
export function wordOccurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' '
    const after = text[i + needle.length] ?? ' '
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) found.push(i)
  }
  return found
}

/** "[...]" and "[…]" are elisions; any other bracket is a translators' insertion; "(…)" an aside. */
export function findEditorialMarks(text: string): Mark[] {
  const marks: Mark[] = []
  for (const m of text.matchAll(/\[[^\]]*\]/g)) {
    const isElision = /^\[(\.\.\.|…)\]$/.test(m[0])
    marks.push({ kind: isElision ? 'elision' : 'insertion', start: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(/\([^)]*\)/g)) marks.push({ kind: 'aside', start: m.index, end: m.index + m[0].length })
  return marks
}

/** The speaker's name that opens a turn: "Kim Il Sung: …", "J. Batmunkh – …". */
export function findSpeakerMark(text: string): Mark | null {
  const m = /^([^:–—[(]{1,40}?)\s*[:–—]\s/.exec(text)
  return m ? { kind: 'speaker', start: 0, end: m[1].length } : null
}

const overlaps = (a: Mark, b: Mark) => a.start < b.end && b.start < a.end
const contains = (outer: Mark, inner: Mark) => outer.start <= inner.start && inner.end <= outer.end

/**
 * The first occurrence in the paragraph of each glossary entry (longest alias first), skipping
 * places where a link would break another mark: terms never straddle a mark's edge, never wrap a
 * note anchor (its note number is a link, and links cannot sit inside buttons), and never sit in
 * the speaker's name.
 */
export function findTermMarks(text: string, aliases: TermAlias[], taken: Mark[]): Mark[] {
  const terms: Mark[] = []
  const byLength = [...aliases].sort((a, b) => b.alias.length - a.alias.length)
  const linked = new Set<string>()
  const candidates = byLength.flatMap(({ alias, termId }) =>
    wordOccurrences(text, alias).map((start) => ({ kind: 'term' as const, start, end: start + alias.length, ref: termId })),
  )
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  for (const term of candidates) {
    if (linked.has(term.ref)) continue
    const clashes = [...taken, ...terms].some(
      (mark) => overlaps(mark, term) && (mark.kind === 'speaker' || mark.kind === 'term' || !contains(mark, term)),
    )
    if (clashes) continue
    terms.push(term)
    linked.add(term.ref)
  }
  return terms
}

/** Nests marks into a tree. A mark that straddles the edge of an earlier, outer mark is dropped. */
export function nestMarks(text: string, marks: Mark[]): RecordNode[] {
  const sorted = [...marks].sort(
    (a, b) => a.start - b.start || b.end - a.end || NESTING_ORDER.indexOf(a.kind) - NESTING_ORDER.indexOf(b.kind),
  )
  const build = (start: number, end: number, inside: Mark[]): RecordNode[] => {
    const nodes: RecordNode[] = []
    let cursor = start
    let i = 0
    while (i < inside.length) {
      const mark = inside[i]
      if (mark.start < cursor || mark.end > end) {
        i++
        continue
      }
      if (mark.start > cursor) nodes.push({ kind: 'text', text: text.slice(cursor, mark.start) })
      const children: Mark[] = []
      for (i++; i < inside.length && inside[i].start < mark.end; i++) children.push(inside[i])
      nodes.push({ kind: mark.kind, ref: mark.ref, children: build(mark.start, mark.end, children) })
      cursor = mark.end
    }
    if (cursor < end) nodes.push({ kind: 'text', text: text.slice(cursor, end) })
    return nodes
  }
  return build(0, text.length, sorted)
}

/** The text a tree covers: always the paragraph it was built from. */
export function nodeText(nodes: RecordNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : nodeText(node.children))).join('')
}

export interface ParagraphMarkInput {
  text: string
  isTurnStart: boolean
  notes: { id: string; anchor: string }[]
  aliases: TermAlias[]
}

/** All marks of one paragraph of the record, as a tree. */
export function markParagraph({ text, isTurnStart, notes, aliases }: ParagraphMarkInput): RecordNode[] {
  const marks: Mark[] = findEditorialMarks(text)
  const speaker = isTurnStart ? findSpeakerMark(text) : null
  if (speaker) marks.push(speaker)
  for (const note of notes) {
    const start = text.indexOf(note.anchor)
    if (start >= 0) marks.push({ kind: 'note', start, end: start + note.anchor.length, ref: note.id })
  }
  marks.push(...findTermMarks(text, aliases, marks))
  return nestMarks(text, marks)
}
