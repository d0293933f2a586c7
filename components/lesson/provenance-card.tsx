import type { TLessonInfo } from '@/lib/content/schemas'
import { CopyButton } from './copy-button'
import { TermButton } from './glossary-term'
import { Prose } from './prose'
import ui from '@/components/ui/ui.module.css'
import styles from './provenance-card.module.css'

function Citation({ style, text }: { style: string; text: string }) {
  return (
    <div className={styles.citation}>
      <p className={styles.citationStyle}>{style}</p>
      <p className={styles.citationText}>{text}</p>
      <CopyButton text={text} label={`Copy the ${style} citation`} className={`${ui.small} ${styles.copy}`} copied="Copied">
        Copy
      </CopyButton>
    </div>
  )
}

/** Glossary entries the card links to, when the lesson's glossary has them. */
export const PROVENANCE_TERMS = ['nkidp', 'wilson-center-digital-archive']

/**
 * The document's catalogue card: what it is, where it is kept, who translated and published it,
 * how it may be used and how to cite it — and, openly, the problem with its date.
 */
export function ProvenanceCard({ info, slug, glossaryIds }: { info: TLessonInfo; slug: string; glossaryIds: Set<string> }) {
  const term = (id: string, text: string) => (glossaryIds.has(id) ? <TermButton termId={id}>{text}</TermButton> : text)
  return (
    <section className={styles.card} aria-labelledby="provenance-title" id="provenance">
      <div className={styles.head}>
        <h2 id="provenance-title" className={styles.heading}>
          About this document
        </h2>
        <p className={styles.shelfmark}>{info.archiveCitation.replace(/^[^,]+, /, '')}</p>
      </div>
      <dl className={styles.fields}>
        <dt>Title</dt>
        <dd className={styles.title}>{info.title}</dd>
        <dt>Kind</dt>
        <dd>{info.documentType}: a summary written by the Mongolian side, not a transcript</dd>
        <dt>Date</dt>
        <dd>
          Dated {info.documentDate}; the meeting itself is dated “{info.meetingDateAsGiven}” in the text (¶1).{' '}
          <a href="#date-question">Is that right?</a>
        </dd>
        <dt>Place</dt>
        <dd>{info.place}</dd>
        <dt>Archive</dt>
        <dd>{info.archiveCitation}</dd>
        <dt>Translators</dt>
        <dd>{info.translators.join(' and ')}</dd>
        <dt>Obtained for</dt>
        <dd>{term('nkidp', info.project)}</dd>
        <dt>Published by</dt>
        <dd>{term('wilson-center-digital-archive', info.publisher)}</dd>
        <dt>Credit</dt>
        <dd>
          {info.creditLine} {info.support}.
        </dd>
        <dt>Rights</dt>
        <dd className={styles.rights}>{info.rights}</dd>
      </dl>
      <div className={styles.question} id="date-question">
        <h3 className={styles.subheading}>A question before you start: when did this conversation take place?</h3>
        <p>
          <Prose text={info.dateQuestion} slug={slug} inPage />
        </p>
      </div>
      <div className={styles.cite}>
        <h3 className={styles.subheading}>Cite this document</h3>
        <Citation style="Chicago" text={info.citations.chicago} />
        <Citation style="MLA" text={info.citations.mla} />
      </div>
    </section>
  )
}
