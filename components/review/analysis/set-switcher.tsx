import Link from 'next/link'
import styles from './analysis.module.css'

/** One link per quiz of the assignment; plain links, so switching works without JavaScript. */
export function SetSwitcher({ sets, current }: { sets: { id: string; title: string }[]; current: string }) {
  if (sets.length < 2) return null
  return (
    <nav aria-label="Quizzes of this assignment">
      <ul className={styles.sets}>
        {sets.map((s) => (
          <li key={s.id}>
            <Link href={`?set=${encodeURIComponent(s.id)}`} aria-current={s.id === current ? 'page' : undefined}>
              {s.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
