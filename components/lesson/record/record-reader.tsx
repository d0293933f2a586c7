import type { Lesson } from '@/lib/content/parse-lesson'
import type { RecordView } from '@/lib/content/record-view'
import { ReaderOptions } from './reader-options'
import { recordSectionsHtml } from './record-sections-html'
import styles from './record.module.css'

/** The record, part by part, each part opened by its reading guide (built by record-sections-html.ts). */
export function RecordReader({ lesson, view }: { lesson: Lesson; view: RecordView }) {
  return (
    <div className={styles.reader}>
      <ReaderOptions />
      <p className={styles.documentHeading}>{lesson.record.heading}</p>
      <div dangerouslySetInnerHTML={{ __html: recordSectionsHtml(lesson, view) }} />
    </div>
  )
}
