import { LessonLink } from './lesson-link'
import type { Essay } from '@/lib/content/parse-lesson'
import { essayPath } from '@/lib/content/paths'
import { ParaRefs } from './para-ref'
import styles from './lesson.module.css'

/** The six context essays as cards: title, summary and the paragraphs each explains. */
export function EssayList({ slug, essays, inPage = false }: { slug: string; essays: Essay[]; inPage?: boolean }) {
  return (
    <ol className={styles.essayList}>
      {essays.map((essay) => (
        <li key={essay.slug} className={styles.essayCard}>
          <p className={styles.essayNumber}>Essay {essay.meta.order}</p>
          <h3 className={styles.essayTitle}>
            <LessonLink href={essayPath(slug, essay.slug)}>{essay.meta.title}</LessonLink>
          </h3>
          <p className={styles.essaySummary}>{essay.meta.summary}</p>
          <p className={styles.essayExplains}>
            Explains <ParaRefs slug={slug} ids={essay.meta.paragraphs} inPage={inPage} />
          </p>
        </li>
      ))}
    </ol>
  )
}
