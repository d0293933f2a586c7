import { Fragment } from 'react'
import { LessonLink } from '../lesson-link'
import type { ParagraphView } from '@/lib/content/record-view'
import type { TAnnotation } from '@/lib/content/schemas'
import { essayPath, glossaryPath, sourcePath } from '../lesson-paths'
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

/**
 * A paragraph's notes and the essays that explain it: beside the paragraph on wide screens,
 * under it on phones, as numbered footnotes in print. Each note is headed by its number, kind and
 * anchor (the lemma), so it reads on its own wherever it is placed. There are four times as many
 * lines of notes as of record, so notes open on demand (and following a note's number from the
 * text opens it: browsers open the <details> around a #target); printing opens them all.
 */
export function MarginNotes({ paragraph, slug, glossaryTerms }: { paragraph: ParagraphView; slug: string; glossaryTerms: Map<string, string> }) {
  return (
    <div className={styles.margin}>
      {paragraph.notes.length > 0 && (
        // One disclosure per paragraph where the notes follow the text (phones, tablets), so they
        // do not interrupt the reading; in the wide margin it is always open and its summary hidden.
        <details className={styles.noteGroup} data-notes="">
          <summary className={styles.noteGroupHead}>
            Notes on ¶{paragraph.number} ({paragraph.notes.length})
          </summary>
          <ol className={styles.notes} aria-label={`Notes on ¶${paragraph.number}`}>
            {paragraph.notes.map((note) => (
              <li key={note.id} className={styles.note}>
                <details data-note="">
                  <summary className={styles.noteHead}>
                    <span className={styles.noteNumber}>{note.number}</span> <span className={styles.noteKind}>{KIND_LABEL[note.kind]}</span>{' '}
                    <span className={styles.lemma}>{note.anchor}</span>
                  </summary>
                  <div className={styles.noteBody} id={`note-${note.id}`}>
                    <p>
                      <Prose text={note.note} slug={slug} inPage />
                    </p>
                    {(note.sources.length > 0 || note.glossary) && (
                      <p className={styles.noteMeta}>
                        {note.sources.length > 0 && (
                          <>
                            Sources:{' '}
                            {note.sources.map((key, i) => (
                              <Fragment key={key}>
                                {i > 0 && ', '}
                                <LessonLink href={sourcePath(slug, key)}>{key}</LessonLink>
                              </Fragment>
                            ))}
                          </>
                        )}
                        {note.glossary && (
                          <>
                            {note.sources.length > 0 && ' · '}
                            Glossary: <LessonLink href={glossaryPath(slug, note.glossary)}>{glossaryTerms.get(note.glossary)}</LessonLink>
                          </>
                        )}
                      </p>
                    )}
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </details>
      )}
      {paragraph.essays.length > 0 && (
        <p className={styles.essayLinks}>
          Explained in{' '}
          {paragraph.essays.map((essay, i) => (
            <Fragment key={essay.slug}>
              {i > 0 && ' and '}
              <LessonLink href={essayPath(slug, essay.slug)}>
                essay {essay.order}, <i>{essay.title}</i>
              </LessonLink>
            </Fragment>
          ))}
        </p>
      )}
    </div>
  )
}
