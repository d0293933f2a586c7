import type { ParagraphView } from '@/lib/content/record-view'
import type { TAnnotation } from '@/lib/content/schemas'
import { classAttr, escapeHtml, linkHtml, proseHtml } from '../html-string'
import { essayPath, glossaryPath, sourcePath } from '../lesson-paths'

// A paragraph's notes as an HTML string, not React elements: they are most of the reader's
// markup (see html-string.ts for why strings).

const KIND_LABEL: Record<TAnnotation['kind'], string> = {
  who: 'Who',
  context: 'Context',
  meaning: 'Meaning',
  selective: 'Selective',
  'what-next': 'What next',
  editorial: 'Editorial',
}

type ClassName =
  | 'noteGroup'
  | 'noteGroupHead'
  | 'notes'
  | 'note'
  | 'noteHead'
  | 'noteNumber'
  | 'noteKind'
  | 'lemma'
  | 'noteBody'
  | 'noteMeta'
  | 'essayLinks'

/**
 * A paragraph's notes and the essays that explain it: beside the paragraph on wide screens,
 * under it on phones, as numbered footnotes in print. Each note is headed by its number, kind and
 * anchor (the lemma), so it reads on its own wherever it is placed. There are four times as many
 * lines of notes as of record, so notes open on demand (and following a note's number from the
 * text opens it: browsers open the <details> around a #target); printing opens them all.
 *
 * This is the margin's inner HTML: the notes (a disclosure of disclosures), then the essays.
 */
export function marginNotesHtml({
  paragraph,
  slug,
  glossaryTerms,
  styles,
}: {
  paragraph: ParagraphView
  slug: string
  glossaryTerms: Map<string, string>
  styles: { readonly [name: string]: string }
}): string {
  const cls = (name: ClassName) => classAttr(styles, name)
  let html = ''
  if (paragraph.notes.length > 0) {
    const notes = paragraph.notes.map((note) => {
      const meta = [
        note.sources.length > 0 ? `Sources: ${note.sources.map((key) => linkHtml(sourcePath(slug, key), escapeHtml(key))).join(', ')}` : '',
        note.glossary
          ? `Glossary: ${linkHtml(glossaryPath(slug, note.glossary), escapeHtml(glossaryTerms.get(note.glossary) ?? note.glossary))}`
          : '',
      ].filter(Boolean)
      return (
        `<li ${cls('note')}><details data-note=""><summary ${cls('noteHead')}>` +
        `<span ${cls('noteNumber')}>${note.number}</span> <span ${cls('noteKind')}>${KIND_LABEL[note.kind]}</span> <span ${cls('lemma')}>${escapeHtml(note.anchor)}</span>` +
        `</summary><div ${cls('noteBody')} id="note-${escapeHtml(note.id)}"><p>${proseHtml(note.note, slug, true)}</p>` +
        (meta.length ? `<p ${cls('noteMeta')}>${meta.join(' · ')}</p>` : '') +
        `</div></details></li>`
      )
    })
    html +=
      // One disclosure per paragraph where the notes follow the text (phones, tablets), so they do
      // not interrupt the reading; in the wide margin it is always open and its summary hidden.
      `<details ${cls('noteGroup')} data-notes=""><summary ${cls('noteGroupHead')}>Notes on ¶${paragraph.number} (${paragraph.notes.length})</summary>` +
      `<ol ${cls('notes')} aria-label="Notes on ¶${paragraph.number}">${notes.join('')}</ol></details>`
  }
  if (paragraph.essays.length > 0) {
    const essays = paragraph.essays.map((essay) =>
      linkHtml(essayPath(slug, essay.slug), `essay ${essay.order}, <i>${escapeHtml(essay.title)}</i>`),
    )
    html += `<p ${cls('essayLinks')}>Explained in ${essays.join(' and ')}</p>`
  }
  return html
}
