import { LessonLink } from './lesson-link'
import type { PublicLesson } from '@/lib/content/parse-lesson'
import type { RecordView } from '@/lib/content/record-view'
import { essayPath, glossaryPath, guidePath, mapPath, sourcePath, timelinePath } from '@/lib/content/paths'
import styles from './lesson.module.css'

/** The lesson's table of contents: the record's parts, the essays and the reference pages. */
export function LessonContents({ lesson, view }: { lesson: PublicLesson; view: RecordView }) {
  const { slug } = lesson
  return (
    <nav aria-labelledby="contents-title" className={`${styles.contents} no-print`}>
      <h2 id="contents-title" className={styles.contentsTitle}>
        In this lesson
      </h2>
      <div className={styles.contentsColumns}>
        <div>
          <h3 className={styles.contentsGroup}>The document</h3>
          <ul>
            <li>
              <a href="#provenance">About this document</a>
            </li>
            <li>
              <a href="#how-made">How the record came to be</a>
            </li>
            <li>
              <a href="#before-you-read">Before you read</a>
            </li>
            <li>
              <a href="#record">The record</a>
              <ol>
                {view.sections.map(({ section }) => (
                  <li key={section.id}>
                    <a href={`#part-${section.id}`}>{section.title}</a>
                  </li>
                ))}
              </ol>
            </li>
          </ul>
        </div>
        <div>
          <h3 className={styles.contentsGroup}>Context essays</h3>
          <ol>
            {lesson.essays.map((essay) => (
              <li key={essay.slug}>
                <LessonLink href={essayPath(slug, essay.slug)}>{essay.meta.title}</LessonLink>
              </li>
            ))}
          </ol>
          <h3 className={styles.contentsGroup}>Reference</h3>
          <ul className={styles.inlineList}>
            <li>
              <LessonLink href={glossaryPath(slug)}>Glossary</LessonLink>
            </li>
            <li>
              <LessonLink href={timelinePath(slug)}>Timeline</LessonLink>
            </li>
            <li>
              <LessonLink href={mapPath(slug)}>Map</LessonLink>
            </li>
            <li>
              <LessonLink href={sourcePath(slug)}>Sources</LessonLink>
            </li>
            <li>
              <LessonLink href={guidePath(slug)}>Reading guide</LessonLink>
            </li>
          </ul>
        </div>
      </div>
    </nav>
  )
}
