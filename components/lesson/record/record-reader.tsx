import type { Lesson } from '@/lib/content/parse-lesson'
import type { RecordView } from '@/lib/content/record-view'
import { StaticHtml } from '../static-html'
import { ReaderOptions } from './reader-options'
import { recordParagraphHtml } from './record-paragraph'
import { sectionGuideHtml } from './section-guide'
import styles from './record.module.css'

/** The record, part by part, each part opened by its reading guide. */
export function RecordReader({ lesson, view }: { lesson: Lesson; view: RecordView }) {
  const glossaryTerms = new Map(lesson.glossary.map((entry) => [entry.id, entry.term]))
  return (
    <div className={styles.reader}>
      <ReaderOptions />
      <p className={styles.documentHeading}>{lesson.record.heading}</p>
      <StaticHtml>
        {view.sections.map((section) => (
          <section
            key={section.section.id}
            id={`part-${section.section.id}`}
            aria-labelledby={`part-${section.section.id}-title`}
            className={styles.section}
            // The guide and paragraphs are built as HTML strings (see html-string.ts).
            dangerouslySetInnerHTML={{
              __html:
                sectionGuideHtml({ view: section, total: view.sections.length, slug: lesson.slug }) +
                section.paragraphs.map((paragraph) => recordParagraphHtml({ paragraph, slug: lesson.slug, glossaryTerms })).join(''),
            }}
          />
        ))}
      </StaticHtml>
    </div>
  )
}
