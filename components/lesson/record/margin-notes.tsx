import type { ParagraphView } from '@/lib/content/record-view'
import { marginNotesHtml } from './margin-notes-html'
import styles from './record.module.css'

/**
 * A paragraph's notes and the essays that explain it: beside the paragraph on wide screens,
 * under it on phones, as numbered footnotes in print. Each note is headed by its number, kind and
 * anchor (the lemma), so it reads on its own wherever it is placed. There are four times as many
 * lines of notes as of record, so notes open on demand (and following a note's number from the
 * text opens it: browsers open the <details> around a #target); printing opens them all.
 * The markup is built as a string (see margin-notes-html.ts for why).
 */
export function MarginNotes({ paragraph, slug, glossaryTerms }: { paragraph: ParagraphView; slug: string; glossaryTerms: Map<string, string> }) {
  return <div className={styles.margin} dangerouslySetInnerHTML={{ __html: marginNotesHtml({ paragraph, slug, glossaryTerms, styles }) }} />
}
