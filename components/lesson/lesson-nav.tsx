import { LessonLink } from './lesson-link'
import { glossaryPath, guidePath, lessonPath, mapPath, sourcePath, timelinePath } from '@/lib/content/paths'
import styles from './lesson.module.css'

export type LessonPart = 'record' | 'guide' | 'essays' | 'glossary' | 'timeline' | 'map' | 'sources'

/** The lesson's own navigation, on every page of the lesson; `current` is the page being read. */
export function LessonNav({ slug, current }: { slug: string; current: LessonPart }) {
  const parts: [LessonPart, string, string][] = [
    ['record', 'The record', lessonPath(slug)],
    ['guide', 'Reading guide', guidePath(slug)],
    ['essays', 'Essays', `${lessonPath(slug)}/essays`],
    ['glossary', 'Glossary', glossaryPath(slug)],
    ['timeline', 'Timeline', timelinePath(slug)],
    ['map', 'Map', mapPath(slug)],
    ['sources', 'Sources', sourcePath(slug)],
  ]
  return (
    <nav aria-label="Lesson" className={`${styles.lessonNav} no-print`}>
      <ul>
        {parts.map(([part, label, href]) => (
          <li key={part}>
            <LessonLink href={href} aria-current={part === current ? 'page' : undefined}>
              {label}
            </LessonLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
