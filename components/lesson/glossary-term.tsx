import type { TGlossaryEntry } from '@/lib/content/schemas'
import { glossaryPath } from '@/lib/content/paths'
import { Prose } from './prose'
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

/** One term's popover: a dialog named by the term, with its definition and a link to its entry. */
function GlossaryPopover({ entry, slug }: { entry: TGlossaryEntry; slug: string }) {
  const id = popoverId(entry.id)
  return (
    <div
      id={id}
      popover="auto"
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      tabIndex={-1}
      autoFocus
      className={styles.popover}
    >
      <p className={styles.kind}>{KIND_LABEL[entry.kind]}</p>
      <p className={styles.title} id={`${id}-title`}>
        {entry.term}
      </p>
      <p className={styles.definition} id={`${id}-text`}>
        <Prose text={entry.definition} slug={slug} />
      </p>
      <p className={styles.actions}>
        <a href={glossaryPath(slug, entry.id)}>Glossary entry</a>
        <button type="button" className={styles.close} popoverTarget={id} popoverTargetAction="hide">
          Close<span className="visually-hidden">{` ${entry.term}`}</span>
        </button>
      </p>
    </div>
  )
}

/** The popovers for a set of glossary ids, placed once at the end of a page. */
export function GlossaryPopovers({ entries, slug }: { entries: TGlossaryEntry[]; slug: string }) {
  return (
    <div className="no-print">
      {entries.map((entry) => (
        <GlossaryPopover key={entry.id} entry={entry} slug={slug} />
      ))}
    </div>
  )
}
