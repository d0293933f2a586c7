import Link from 'next/link'
import { lessonPath } from '@/lib/content/paths'
import { lessonSlugs } from '@/lib/content/load-lesson'
import ui from '@/components/ui/ui.module.css'
import styles from './home.module.css'

export default function HomePage() {
  // The first lesson of content/lessons (lesson-files.ts lists it before any test lesson).
  const [first] = lessonSlugs()
  return (
    <div className={ui.page}>
      <div className={styles.hero}>
        <p className={styles.kicker}>A primary source, read closely</p>
        <h1>Teach with one document, paragraph by paragraph</h1>
        <p className={styles.lede}>
          Lectern is a reading and quiz platform built around the record of a conversation between Mongolia’s leader J. Batmunkh and North
          Korea’s Kim Il Sung in Pyongyang, November 1986 — two small socialist states weighing Moscow, Beijing and a changing Asia.
          Students read the annotated record with its context; instructors assign it, quiz it and give feedback students actually read.
        </p>
        <p className={styles.actions}>
          {first && (
            <Link className={ui.button} href={lessonPath(first)}>
              Open the lesson
            </Link>
          )}
          <Link className={`${ui.button} ${ui.secondary}`} href="/signin">
            Sign in
          </Link>
        </p>
      </div>
    </div>
  )
}
