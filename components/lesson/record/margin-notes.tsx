import { Fragment } from 'react'
import type { ParagraphView } from '@/lib/content/record-view'
import type { TAnnotation } from '@/lib/content/schemas'
import { essayPath, glossaryPath, sourcePath } from '@/lib/content/paths'
import { Prose } from '../prose'
import styles from './record.module.css'

const KIND_LABEL: Record<TAnnotation['kind'], string> = {
  who: 'Who',
  context: 'Context',
  meaning: 'Meaning',
  selective: 'Selective',
  'what-next': 'What next',
  editorial: 'Editorial',
}

/** Items joined by a separator, as the static HTML reads them ("a, b" or "a · b"). */
function joined(items: React.ReactNode[], separator: string) {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && separator}
      {item}
    </Fragment>
  ))
}

function Note({ note, slug, glossaryTerms }: { note: ParagraphView['notes'][number]; slug: string; glossaryTerms: Map<string, string> }) {
  const meta: React.ReactNode[] = []
  if (note.sources.length > 0)
    meta.push(
      <>
        {'Sources: '}
        {joined(
          note.sources.map((key) => (
            <a key={key} href={sourcePath(slug, key)}>
              {key}
            </a>
          )),
          ', ',
        )}
      </>,
    )
  if (note.glossary)
    meta.push(
      <>
        {'Glossary: '}
        <a href={glossaryPath(slug, note.glossary)}>{glossaryTerms.get(note.glossary) ?? note.glossary}</a>
      </>,
    )
  return (
    <li className={styles.note}>
      <details data-note="">
        <summary className={styles.noteHead}>
          <span className={styles.noteNumber}>{note.number}</span> <span className={styles.noteKind}>{KIND_LABEL[note.kind]}</span>{' '}
          <span className={styles.lemma}>{note.anchor}</span>
        </summary>
        <div className={styles.noteBody} id={`note-${note.id}`}>
          <p>
            <Prose text={note.note} slug={slug} inPage />
          </p>
          {meta.length > 0 && <p className={styles.noteMeta}>{joined(meta, ' · ')}</p>}
        </div>
      </details>
    </li>
  )
}

/**
 * A paragraph's notes and the essays that explain it: beside the paragraph on wide screens,
 * under it on phones, as numbered footnotes in print. Each note is headed by its number, kind and
 * anchor (the lemma), so it reads on its own wherever it is placed. There are four times as many
 * lines of notes as of record, so notes open on demand (and following a note's number from the
 * text opens it: browsers open the <details> around a #target); printing opens them all.
 *
 * This is the margin's content: the notes (a disclosure of disclosures), then the essays.
 */
export function MarginNotes({
  paragraph,
  slug,
  glossaryTerms,
}: {
  paragraph: ParagraphView
  slug: string
  glossaryTerms: Map<string, string>
}) {
  const heading = `Notes on ¶${paragraph.number}`
  return (
    <>
      {paragraph.notes.length > 0 && (
        // One disclosure per paragraph where the notes follow the text (phones, tablets), so they do
        // not interrupt the reading; in the wide margin it is always open and its summary hidden.
        <details className={styles.noteGroup} data-notes="">
          <summary className={styles.noteGroupHead}>{`${heading} (${paragraph.notes.length})`}</summary>
          <ol className={styles.notes} aria-label={heading}>
            {paragraph.notes.map((note) => (
              <Note key={note.id} note={note} slug={slug} glossaryTerms={glossaryTerms} />
            ))}
          </ol>
        </details>
      )}
      {paragraph.essays.length > 0 && (
        <p className={styles.essayLinks}>
          {'Explained in '}
          {joined(
            paragraph.essays.map((essay) => (
              <a key={essay.slug} href={essayPath(slug, essay.slug)}>
                {`essay ${essay.order}, `}
                <i>{essay.title}</i>
              </a>
            )),
            ' and ',
          )}
        </p>
      )}
    </>
  )
}
