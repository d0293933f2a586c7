import type { PublicLesson } from '@/lib/content/parse-lesson'
import type { RecordView } from '@/lib/content/record-view'
import { RecordParagraph } from './record-paragraph'
import { SectionGuide } from './section-guide'
import styles from './record.module.css'

/** The record's parts, each opened by its reading guide. */
export function RecordSections({ lesson, view }: { lesson: PublicLesson; view: RecordView }) {
  const glossaryTerms = new Map(lesson.glossary.map((entry) => [entry.id, entry.term]))
  return view.sections.map((section) => {
    const id = `part-${section.section.id}`
    return (
      <section key={id} id={id} aria-labelledby={`${id}-title`} className={styles.section} data-reading-part={section.section.id}>
        <SectionGuide view={section} total={view.sections.length} slug={lesson.slug} />
        {section.paragraphs.map((paragraph) => (
          <RecordParagraph key={paragraph.id} paragraph={paragraph} slug={lesson.slug} glossaryTerms={glossaryTerms} />
        ))}
      </section>
    )
  })
}
