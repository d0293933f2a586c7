import styles from './lesson.module.css'

/**
 * The body of a lesson page. Its data attributes tell the page's script (components/lesson/reader/
 * browser) which lesson is open and, where a student's reading time is recorded, which section.
 */
export function LessonPage({ slug, readingSection, children }: { slug: string; readingSection?: string; children: React.ReactNode }) {
  return (
    <div className={styles.page} data-lesson-slug={slug} data-reading-section={readingSection}>
      {children}
    </div>
  )
}
