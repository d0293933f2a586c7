import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { LessonPage } from '@/components/lesson/lesson-page'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { glossaryPath } from '@/lib/content/paths'
import { LessonMap } from '@/components/lesson/map/lesson-map'
import { BORDER_NOTE, PLACES } from '@/components/lesson/map/places'
import { Prose } from '@/components/lesson/prose'
import styles from '@/components/lesson/lesson.module.css'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005).
export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) => lessonProps(params?.slug)

export default function MapPage({ lesson, script }: StaticLessonProps) {
  const { slug, info } = lesson
  return (
    <StaticPage lessonSlug={slug} title="Map" script={script}>
      <LessonPage slug={slug} readingSection="map">
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
      </LessonPage>
    </StaticPage>
  )
}
