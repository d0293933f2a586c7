import { lessonSlugs } from '@/lib/content/load-lesson'
import styles from '@/components/lesson/lesson.module.css'

// Every lesson page is prerendered from content/ at build time and never touches the database;
// a slug that is not a lesson folder is a 404.
export const dynamicParams = false

export function generateStaticParams() {
  return lessonSlugs().map((slug) => ({ slug }))
}

export default function LessonLayout({ children }: { children: React.ReactNode }) {
  return <div className={styles.page}>{children}</div>
}
