import type { Lesson } from '@/lib/content/parse-lesson'
import { LessonHtml } from '../lesson-html/lesson-html'
import { ReaderOptions } from './reader-options'
import styles from './record.module.css'

/** The record, part by part, each part opened by its reading guide (built by record-sections-html.ts). */
export function RecordReader({ lesson }: { lesson: Lesson }) {
  return (
    <div className={styles.reader}>
      <ReaderOptions />
      <p className={styles.documentHeading}>{lesson.record.heading}</p>
      <LessonHtml slug={lesson.slug} block="record" />
    </div>
  )
}
