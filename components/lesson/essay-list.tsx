import { LessonLink } from './lesson-link'
import type { Essay } from '@/lib/content/parse-lesson'
import { essayPath } from '@/lib/content/paths'
import { ParaRefs } from './para-ref'
import styles from './lesson.module.css'

/**
 * The context essays as cards: title, summary and the paragraphs each explains. `headingLevel`
 * keeps the outline whole: 3 inside the reader's essays section, 2 on the essays page under its h1.
 */
export function EssayList({
  slug,
  essays,
  inPage = false,
  headingLevel = 3,
}: {
  slug: string
  essays: Essay[]
  inPage?: boolean
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ol className={styles.essayList}>
      {essays.map((essay) => (
        <li key={essay.slug} className={styles.essayCard}>
          <p className={styles.essayNumber}>Essay {essay.meta.order}</p>
          <Heading className={styles.essayTitle}>
            <LessonLink href={essayPath(slug, essay.slug)}>{essay.meta.title}</LessonLink>
          </Heading>
          <p className={styles.essaySummary}>{essay.meta.summary}</p>
          <p className={styles.essayExplains}>
            Explains <ParaRefs slug={slug} ids={essay.meta.paragraphs} inPage={inPage} />
          </p>
        </li>
      ))}
    </ol>
  )
}
