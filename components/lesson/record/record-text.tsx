import type { RecordNode } from '@/lib/content/record-marks'
import type { NoteView } from '@/lib/content/record-view'
import { TermButton } from '../glossary-term'
import styles from './record.module.css'

// Renders a paragraph's marks as spans around the unchanged text. The note numbers are the only
// thing added inside the paragraph; they carry data-apparatus so that tests (and anyone copying
// the text programmatically) can tell them from the record.

const MARK_CLASS = { speaker: 'speaker', aside: 'aside', insertion: 'insertion', elision: 'elision' } as const

// A glossary term is a button, which lays out as one unbreakable box: without help, a quotation
// mark or "’s" beside it could be left alone at the end or start of a line. The characters that
// touch a term (up to the nearest space) are kept on its line.
const LEADING = /\S+$/
const TRAILING = /^\S+/

type Piece = RecordNode | { kind: 'glued'; before: string; term: RecordNode; after: string }

function glueTerms(nodes: RecordNode[]): Piece[] {
  const pieces: Piece[] = []
  let glued = 0 // characters at the start of this text node already kept with the term before it
  nodes.forEach((node, i) => {
    const skip = glued
    glued = 0
    if (node.kind === 'text') return void pieces.push({ kind: 'text', text: node.text.slice(skip) })
    if (node.kind !== 'term') return void pieces.push(node)
    const previous = pieces.at(-1)
    const next = nodes[i + 1]
    const before = previous?.kind === 'text' ? (LEADING.exec(previous.text)?.[0] ?? '') : ''
    const after = next?.kind === 'text' ? (TRAILING.exec(next.text)?.[0] ?? '') : ''
    if (before && previous?.kind === 'text') pieces[pieces.length - 1] = { kind: 'text', text: previous.text.slice(0, -before.length) }
    glued = after.length
    pieces.push(before || after ? { kind: 'glued', before, term: node, after } : node)
  })
  return pieces
}

function Piece({ piece, notes }: { piece: Piece; notes: Map<string, NoteView> }) {
  if (piece.kind === 'text') return piece.text
  if (piece.kind === 'glued')
    return (
      <span className={styles.nowrap}>
        {piece.before}
        <RecordText nodes={[piece.term]} notes={notes} />
        {piece.after}
      </span>
    )
  const children = <RecordText nodes={piece.children} notes={notes} />
  if (piece.kind === 'term') return <TermButton termId={piece.ref!}>{children}</TermButton>
  if (piece.kind === 'note') {
    const note = notes.get(piece.ref!)!
    return (
      <>
        <span className={styles.anchor} id={`anchor-${note.id}`}>
          {children}
        </span>
        <sup className={styles.noteRef} data-apparatus="">
          <a href={`#note-${note.id}`} aria-label={`Note ${note.number}`}>
            {note.number}
          </a>
        </sup>
      </>
    )
  }
  return (
    <span className={styles[MARK_CLASS[piece.kind]]} data-mark={piece.kind}>
      {children}
    </span>
  )
}

/** A paragraph's text with its marks: the text itself is never changed (React escapes it). */
export function RecordText({ nodes, notes }: { nodes: RecordNode[]; notes: Map<string, NoteView> }) {
  return glueTerms(nodes).map((piece, i) => <Piece key={i} piece={piece} notes={notes} />)
}
