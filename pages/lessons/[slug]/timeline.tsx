import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { LessonPage } from '@/components/lesson/lesson-page'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { essayPath } from '@/lib/content/paths'
import { ParaRefs } from '@/components/lesson/para-ref'
import { Prose } from '@/components/lesson/prose'
import { formatEventDate } from '@/lib/content/event-date'
import styles from '@/components/lesson/timeline.module.css'
import lesson from '@/components/lesson/lesson.module.css'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005).
export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) =>
  // The span and eras are the lesson's (lesson.json); a lesson without a timeline has no page.
  lessonProps(params?.slug, (lesson) => Boolean(lesson.info.timeline) && lesson.timeline.length > 0)

export default function TimelinePage({ lesson: found, script }: StaticLessonProps) {
  const { slug, info, timeline, essays } = found
  const span = info.timeline!
  const ERAS = span.eras.map((era): [number, number, string] => [era.from, era.to, era.title])
  const essayTitles = new Map(essays.map((essay) => [essay.slug, essay.meta.title]))
  const events = [...timeline].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <StaticPage lessonSlug={slug} title="Timeline" script={script}>
      <LessonPage slug={slug} readingSection="timeline">
        <LessonNav slug={slug} current="timeline" />
        <header className={lesson.header}>
          <p className={lesson.kicker}>{info.title}</p>
          <h1>{`Timeline, ${span.from}–${span.to}`}</h1>
          <p className={lesson.lede}>
            {events.length} events, each tied to the paragraphs and essays it helps explain. Dates are given only as precisely as the
            sources allow; “approximate” marks a date that is conventional, reported or inferred.
          </p>
          <p className={styles.legend}>
            <span>
              <span className={`${styles.swatch} ${styles.swatchVerified}`} aria-hidden="true" /> Filled dot: a date the sources confirm
            </span>
            <span>
              <span className={`${styles.swatch} ${styles.swatchApproximate}`} aria-hidden="true" /> Open ring: an approximate date
            </span>
          </p>
        </header>
        {ERAS.map(([from, to, label]) => {
          const inEra = events.filter((event) => Number(event.date.slice(0, 4)) >= from && Number(event.date.slice(0, 4)) <= to)
          if (inEra.length === 0) return null
          return (
            <section key={label} aria-labelledby={`era-${from}`} className={styles.era}>
              <h2 id={`era-${from}`}>{label}</h2>
              <ol className={styles.events}>
                {inEra.map((event) => (
                  <li key={event.id} id={event.id} className={styles.event} data-certainty={event.certainty}>
                    <p className={styles.when}>
                      <time dateTime={event.date}>{formatEventDate(event.date)}</time>
                      {/* The word carries the meaning (the dot beside the line only repeats it); the
                          sign before it is decoration, so a screen reader does not say "almost equal to". */}
                      <span className={styles.certainty}>
                        <span aria-hidden="true">{event.certainty === 'verified' ? '✓ ' : '≈ '}</span>
                        {event.certainty === 'verified' ? 'Verified' : 'Approximate'}
                      </span>
                    </p>
                    <h3 className={styles.title}>{event.title}</h3>
                    <p className={styles.description}>
                      <Prose text={event.description} slug={slug} />
                    </p>
                    <p className={styles.links}>
                      {event.paragraphs.length > 0 && (
                        <span>
                          Explains <ParaRefs slug={slug} ids={event.paragraphs} />
                        </span>
                      )}
                      {event.essays.map((essaySlug) => (
                        <span key={essaySlug}>
                          Essay: <LessonLink href={essayPath(slug, essaySlug)}>{essayTitles.get(essaySlug)}</LessonLink>
                        </span>
                      ))}
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          )
        })}
      </LessonPage>
    </StaticPage>
  )
}
