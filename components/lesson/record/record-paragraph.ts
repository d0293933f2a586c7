import type { NoteView, ParagraphView } from '@/lib/content/record-view'
import { classAttr, escapeHtml } from '../html-string'
import { copyParagraphLinkHtml } from './copy-paragraph-link'
import { marginNotesHtml } from './margin-notes-html'
import { recordTextHtml } from './record-text'
import styles from './record.module.css'

/**
 * One paragraph of the record, as HTML (see html-string.ts for why a string): its ¶ permalink and
 * speaker in the gutter, the text, and the notes.
 */
export function recordParagraphHtml({
  paragraph,
  glossaryTerms,
  slug,
}: {
  paragraph: ParagraphView
  slug: string
  glossaryTerms: Map<string, string>
}): string {
  const notes = new Map<string, NoteView>(paragraph.notes.map((note) => [note.id, note]))
  const id = escapeHtml(paragraph.id)
  const speaker = paragraph.namesSpeaker
    ? ''
    : `<span ${classAttr(styles, paragraph.isTurnStart ? 'whoTurn' : 'who')}>${escapeHtml(paragraph.speakerLabel)}</span>`
  const margin =
    paragraph.notes.length > 0 || paragraph.essays.length > 0
      ? `<div ${classAttr(styles, 'margin')}>${marginNotesHtml({ paragraph, slug, glossaryTerms, styles })}</div>`
      : ''
  return (
    `<div ${classAttr(styles, 'paragraph')} id="${id}">` +
    `<div ${classAttr(styles, 'gutter')}><a ${classAttr(styles, 'number')} href="#${id}">¶${paragraph.number}</a>${speaker}${copyParagraphLinkHtml(paragraph.id, styles.copy ?? '')}</div>` +
    `<p ${classAttr(styles, 'text')} data-record-text="${id}">${recordTextHtml(paragraph.nodes, notes)}</p>` +
    margin +
    `</div>`
  )
}
