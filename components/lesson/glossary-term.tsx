import type { TGlossaryEntry } from '@/lib/content/schemas'
import { classAttr, escapeHtml, linkHtml, proseHtml } from './html-string'
import { glossaryPath } from './lesson-paths'
import styles from './glossary-term.module.css'

// Glossary terms open a native popover: it works without JavaScript, closes on Escape or a click
// elsewhere, and returns focus to the term. The popover takes focus when it opens (autofocus), so
// screen readers announce it as a dialog named by the term. One popover per term per page; every
// occurrence of the term opens the same one.

export const KIND_LABEL: Record<TGlossaryEntry['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  term: 'Term',
  event: 'Event',
}

const popoverId = (termId: string) => `gloss-${termId}`

export function TermButton({ termId, children }: { termId: string; children: React.ReactNode }) {
  return (
    <button type="button" className={styles.term} popoverTarget={popoverId(termId)} aria-haspopup="dialog">
      {children}
    </button>
  )
}

/** A term in a string-rendered block (the record's text): the same button as <TermButton>. */
export function termButtonHtml(termId: string, innerHtml: string): string {
  return `<button type="button" ${classAttr(styles, 'term')} popovertarget="${escapeHtml(popoverId(termId))}" aria-haspopup="dialog">${innerHtml}</button>`
}

/** One term's popover as HTML (see html-string.ts for why a string). */
export function glossaryPopoverHtml(entry: TGlossaryEntry, slug: string): string {
  const id = popoverId(entry.id)
  const cls = (name: string) => classAttr(styles, name)
  const term = escapeHtml(entry.term)
  return (
    `<div id="${escapeHtml(id)}" popover="auto" role="dialog" aria-labelledby="${escapeHtml(id)}-title" aria-describedby="${escapeHtml(id)}-text" tabindex="-1" autofocus="" ${cls('popover')}>` +
    `<p ${cls('kind')}>${KIND_LABEL[entry.kind]}</p>` +
    `<p ${cls('title')} id="${escapeHtml(id)}-title">${term}</p>` +
    `<p ${cls('definition')} id="${escapeHtml(id)}-text">${proseHtml(entry.definition, slug)}</p>` +
    `<p ${cls('actions')}>${linkHtml(glossaryPath(slug, entry.id), 'Glossary entry')}` +
    `<button type="button" ${cls('close')} popovertarget="${escapeHtml(id)}" popovertargetaction="hide">Close<span class="visually-hidden"> ${term}</span></button></p>` +
    `</div>`
  )
}

/** The popovers for a set of glossary ids, placed once at the end of a page. */
export function GlossaryPopovers({ entries, slug }: { entries: TGlossaryEntry[]; slug: string }) {
  return (
    <div className="no-print" dangerouslySetInnerHTML={{ __html: entries.map((entry) => glossaryPopoverHtml(entry, slug)).join('') }} />
  )
}
