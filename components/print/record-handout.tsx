import type { NoteView } from '@/lib/content/record-view'
import type { RecordHandout } from '@/lib/print/get-record-handout'
import { HandoutRecordText } from './handout-record-text'
import styles from './print.module.css'

// The record handout: what the document is and how to cite it, the record with its paragraph
// numbers and speakers, then the notes as numbered footnotes, the glossary and the works the notes
// cite. All of it is the lesson's own text, rendered as text.

function Provenance({ info }: { info: RecordHandout['info'] }) {
  return (
    <section aria-labelledby="about-heading" className={styles.provenance}>
      <h3 id="about-heading">About this document</h3>
      <dl className={styles.fields}>
        <dt>Title</dt>
        <dd>{info.title}</dd>
        <dt>Kind</dt>
        <dd>{info.documentType}</dd>
        <dt>Date</dt>
        <dd>
          Dated {info.documentDate}; the meeting itself is dated “{info.meetingDateAsGiven}” in the text (¶1).
        </dd>
        <dt>Place</dt>
        <dd>{info.place}</dd>
        <dt>Archive</dt>
        <dd>{info.archiveCitation}</dd>
        <dt>Translators</dt>
        <dd>{info.translators.join(' and ')}</dd>
        <dt>Obtained for</dt>
        <dd>{info.project}</dd>
        <dt>Published by</dt>
        <dd>{info.publisher}</dd>
        <dt>Credit</dt>
        <dd>
          {info.creditLine} {info.support}.
        </dd>
        <dt>Rights</dt>
        <dd>{info.rights}</dd>
      </dl>
      <h4>Cite this document</h4>
      <dl className={styles.fields}>
        <dt>Chicago</dt>
        <dd>{info.citations.chicago}</dd>
        <dt>MLA</dt>
        <dd>{info.citations.mla}</dd>
      </dl>
    </section>
  )
}

export function RecordHandoutView({ handout }: { handout: RecordHandout }) {
  const { info } = handout
  return (
    <article className={styles.sheet} aria-labelledby="handout-title">
      <header className={styles.sheetHeader}>
        <p className={styles.kicker}>
          Primary source · {info.place}, {info.year} · handout for {handout.className}
        </p>
        <h2 id="handout-title" className={styles.title}>
          {info.title}
        </h2>
        <p className={styles.lede}>{info.summary}</p>
      </header>
      <Provenance info={info} />

      <section aria-labelledby="record-heading" className={styles.record}>
        <h3 id="record-heading">The record</h3>
        <p className={styles.documentHeading}>{handout.heading}</p>
        <p className={styles.legend}>
          ¶ numbers are the lesson’s paragraph numbers; superscript numbers point to the notes after the record. Words in [square brackets]
          were added by the translators; […] marks a passage they left out.
        </p>
        {handout.paragraphs.map((p) => (
          <div key={p.id} className={styles.paragraph} id={p.id}>
            <p className={styles.gutter}>
              <span className={styles.paraNo}>¶{p.number}</span>
              {p.isTurnStart && !p.namesSpeaker && <span className={styles.who}>{p.speakerLabel}</span>}
            </p>
            <p className={styles.paraText}>
              <HandoutRecordText nodes={p.nodes} notes={new Map<string, NoteView>(p.notes.map((n) => [n.id, n]))} />
            </p>
          </div>
        ))}
      </section>

      <section aria-labelledby="notes-heading" className={styles.footnotes}>
        <h3 id="notes-heading">Notes</h3>
        <ol className={styles.noteList}>
          {handout.notes.map((note) => (
            <li key={note.id} id={`fn-${note.id}`} value={note.number}>
              <span className={styles.noteNumber} aria-hidden="true">
                {note.number}
              </span>
              <span className={styles.lemma}>
                ¶{note.paragraphNumber} “{note.anchor}”
              </span>{' '}
              {note.note}
              {note.sources.length > 0 && <span className={styles.noteSources}> Sources: {note.sources.join(', ')}.</span>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="glossary-heading" className={styles.glossary}>
        <h3 id="glossary-heading">Glossary of names and terms in the record</h3>
        <dl>
          {handout.glossary.map((entry) => (
            <div key={entry.id} className={styles.glossaryEntry}>
              <dt>{entry.term}</dt>
              <dd>{entry.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      {handout.sources.length > 0 && (
        <section aria-labelledby="sources-heading" className={styles.sources}>
          <h3 id="sources-heading">Works cited in the notes</h3>
          <dl>
            {handout.sources.map((s) => (
              <div key={s.key} className={styles.sourceEntry}>
                <dt>{s.key}</dt>
                <dd>{s.citation}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  )
}
