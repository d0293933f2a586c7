import type { RecordNode } from '@/lib/content/record-marks'
import type { NoteView } from '@/lib/content/record-view'
import styles from './print.module.css'

// A paragraph's marked text for paper: the reader's marks (lib/content/record-marks.ts) over the
// unchanged text, with glossary terms as plain text (the glossary follows the record) and each
// note's number as a superscript pointing at its footnote. The number is the only thing added.

export function HandoutRecordText({ nodes, notes }: { nodes: RecordNode[]; notes: Map<string, NoteView> }) {
  return nodes.map((node, i) => {
    if (node.kind === 'text') return node.text
    const children = <HandoutRecordText nodes={node.children} notes={notes} />
    if (node.kind === 'note') {
      const note = notes.get(node.ref!)!
      return (
        <span key={i}>
          {children}
          <sup className={styles.noteRef}>
            <a href={`#fn-${note.id}`} id={`fnref-${note.id}`} aria-label={`Note ${note.number}`}>
              {note.number}
            </a>
          </sup>
        </span>
      )
    }
    if (node.kind === 'speaker') {
      return (
        <span key={i} className={styles.speaker}>
          {children}
        </span>
      )
    }
    return <span key={i}>{children}</span>
  })
}
