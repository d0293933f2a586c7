import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { essayPath } from '@/components/lesson/lesson-paths'
import { ParaRefs } from '@/components/lesson/para-ref'
import { Prose } from '@/components/lesson/prose'
import { ReadingBeacon } from '@/components/lesson/reading-beacon'
import { formatEventDate } from '@/lib/content/event-date'
import styles from '@/components/lesson/timeline.module.css'
import lesson from '@/components/lesson/lesson.module.css'
import { lessonFromParams, type LessonParams } from '../lesson-params'

export const metadata: Metadata = { title: 'Timeline' }

export default async function TimelinePage(props: LessonParams) {
  const { slug, info, timeline, essays } = await lessonFromParams(props)
  // The span and eras are the lesson's (lesson.json); a lesson without a timeline has no page.
  if (!info.timeline || timeline.length === 0) notFound()
  const ERAS = info.timeline.eras.map((era): [number, number, string] => [era.from, era.to, era.title])
  const essayTitles = new Map(essays.map((essay) => [essay.slug, essay.meta.title]))
  const events = [...timeline].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <>
      <LessonNav slug={slug} current="timeline" />
      <header className={lesson.header}>
        <p className={lesson.kicker}>{info.title}</p>
        <h1>{`Timeline, ${info.timeline.from}–${info.timeline.to}`}</h1>
        <p className={lesson.lede}>
          {events.length} events, each tied to the paragraphs and essays it helps explain. Dates are given only as precisely as the sources
          allow; “approximate” marks a date that is conventional, reported or inferred.
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
                    <span className={styles.certainty}>{event.certainty === 'verified' ? '✓ Verified' : '≈ Approximate'}</span>
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
      <ReadingBeacon lessonSlug={slug} sectionId="timeline" />
    </>
  )
}
