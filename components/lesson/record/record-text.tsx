import { Fragment } from 'react'
import type { RecordNode } from '@/lib/content/record-marks'
import type { NoteView } from '@/lib/content/record-view'
import { TermButton } from '../glossary-term'
import styles from './record.module.css'

// Renders a paragraph's marks as spans around the unchanged text. The note numbers are the only
// thing added inside the paragraph; they carry data-apparatus so that tests (and anyone copying
// the text programmatically) can tell them from the record.

const MARK_CLASS = {
  speaker: styles.speaker,
  aside: styles.aside,
  insertion: styles.insertion,
  elision: styles.elision,
} as const

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

export function RecordText({ nodes, notes }: { nodes: RecordNode[]; notes: Map<string, NoteView> }) {
  return glueTerms(nodes).map((node, i) => {
    if (node.kind === 'text') return node.text
    if (node.kind === 'glued') {
      return (
        <span key={i} className={styles.nowrap}>
          {node.before}
          <RecordText nodes={[node.term]} notes={notes} />
          {node.after}
        </span>
      )
    }
    const children = <RecordText nodes={node.children} notes={notes} />
    if (node.kind === 'term') return <TermButton key={i} termId={node.ref!}>{children}</TermButton>
    if (node.kind === 'note') {
      const note = notes.get(node.ref!)!
      return (
        <Fragment key={i}>
          <span className={styles.anchor} id={`anchor-${note.id}`}>
            {children}
          </span>
          <sup className={styles.noteRef} data-apparatus="">
            <a href={`#note-${note.id}`} aria-label={`Note ${note.number}`}>
              {note.number}
            </a>
          </sup>
        </Fragment>
      )
    }
    return (
      <span key={i} className={MARK_CLASS[node.kind]} data-mark={node.kind}>
        {children}
      </span>
    )
  })
}
