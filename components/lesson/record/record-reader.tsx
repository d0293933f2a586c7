import type { PublicLesson } from '@/lib/content/parse-lesson'
import type { RecordView } from '@/lib/content/record-view'
import { ReaderOptions } from './reader-options'
import { RecordSections } from './record-sections'
import styles from './record.module.css'

/**
 * The record, part by part, each part opened by its reading guide. Rendered once to static HTML
 * (the reader has no React in the browser, docs/decisions/005), so its ~2,500 elements cost
 * nothing but their markup.
 */
export function RecordReader({ lesson, view }: { lesson: PublicLesson; view: RecordView }) {
  return (
    <div className={styles.reader}>
      <ReaderOptions />
      <p className={styles.documentHeading}>{lesson.record.heading}</p>
      <div>
        <RecordSections lesson={lesson} view={view} />
      </div>
    </div>
  )
}
