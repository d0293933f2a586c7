import type { Metadata } from 'next'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { glossaryPath } from '@/lib/content/paths'
import { LessonMap } from '@/components/lesson/map/lesson-map'
import { BORDER_NOTE, PLACES } from '@/components/lesson/map/places'
import { Prose } from '@/components/lesson/prose'
import { ReadingBeacon } from '@/components/lesson/reading-beacon'
import styles from '@/components/lesson/lesson.module.css'
import { lessonFromParams, type LessonParams } from '../lesson-params'

export const metadata: Metadata = { title: 'Map' }

export default async function MapPage(props: LessonParams) {
  const { slug, info } = await lessonFromParams(props)
  return (
    <>
      <LessonNav slug={slug} current="map" />
      <header className={styles.header}>
        <p className={styles.kicker}>{info.title}</p>
        <h1>Map: between Moscow and Beijing</h1>
        <p className={styles.lede}>
          The countries and places the two leaders talk about, as they stood in 1986. Shapes are simplified; positions are true.
        </p>
      </header>
      <figure className={styles.figure}>
        <LessonMap />
        <figcaption className={styles.caption}>
          Named countries are coloured; other countries are grey. Dots mark cities, the cross the 1939 battlefield, and the red line the
          Sino-Mongolian border.
        </figcaption>
      </figure>
      <section aria-labelledby="places-title" className={styles.prose}>
        <h2 id="places-title">Places on the map</h2>
        <dl className={styles.definitions}>
          {PLACES.map((place) => (
            <div key={place.id}>
              <dt>{place.glossary ? <LessonLink href={glossaryPath(slug, place.glossary)}>{place.name}</LessonLink> : place.name}</dt>
              <dd>
                <Prose text={place.description} slug={slug} />
              </dd>
            </div>
          ))}
          <div>
            <dt>{BORDER_NOTE.lines[0]}</dt>
            <dd>
              <Prose text={BORDER_NOTE.description} slug={slug} />
            </dd>
          </div>
        </dl>
      </section>
      <ReadingBeacon lessonSlug={slug} sectionId="map" />
    </>
  )
}
