import type { NoteView, ParagraphView } from '@/lib/content/record-view'
import { CopyParagraphLink } from './copy-paragraph-link'
import { MarginNotes } from './margin-notes'
import { RecordText } from './record-text'
import styles from './record.module.css'

/** One paragraph of the record: its ¶ permalink and speaker in the gutter, the text, and the notes. */
export function RecordParagraph({
  paragraph,
  glossaryTerms,
  slug,
}: {
  paragraph: ParagraphView
  slug: string
  glossaryTerms: Map<string, string>
}) {
  const notes = new Map<string, NoteView>(paragraph.notes.map((note) => [note.id, note]))
  return (
    <div className={styles.paragraph} id={paragraph.id}>
      <div className={styles.gutter}>
        <a className={styles.number} href={`#${paragraph.id}`}>{`¶${paragraph.number}`}</a>
        {!paragraph.namesSpeaker && <span className={paragraph.isTurnStart ? styles.whoTurn : styles.who}>{paragraph.speakerLabel}</span>}
        <CopyParagraphLink id={paragraph.id} className={styles.copy} />
      </div>
      <p className={styles.text} data-record-text={paragraph.id}>
        <RecordText nodes={paragraph.nodes} notes={notes} />
      </p>
      {(paragraph.notes.length > 0 || paragraph.essays.length > 0) && (
        <div className={styles.margin}>
          <MarginNotes paragraph={paragraph} slug={slug} glossaryTerms={glossaryTerms} />
        </div>
      )}
    </div>
  )
}
