import type { PublicLesson } from '@/lib/content/parse-lesson'
import { Prose } from './prose'
import styles from './lesson.module.css'

/** Before the record: how it came to be, the objectives, and the five-minute orientation. */
export function LessonIntroduction({ lesson }: { lesson: PublicLesson }) {
  const { slug, info, guide } = lesson
  return (
    <>
      <section id="how-made" aria-labelledby="how-made-title" className={styles.prose}>
        <h2 id="how-made-title">How the record came to be</h2>
        {info.howMade.map((paragraph) => (
          <p key={paragraph}>
            <Prose text={paragraph} slug={slug} inPage />
          </p>
        ))}
      </section>
      <section id="before-you-read" aria-labelledby="before-you-read-title" className={styles.prose}>
        <h2 id="before-you-read-title">Before you read</h2>
        <details className="no-print">
          <summary>What you will learn ({guide.objectives.length} objectives)</summary>
          <ul>
            {guide.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </details>
        {guide.beforeYouRead.map((paragraph) => (
          <p key={paragraph}>
            <Prose text={paragraph} slug={slug} inPage />
          </p>
        ))}
      </section>
    </>
  )
}
