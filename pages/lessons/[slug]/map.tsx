import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { LessonPage } from '@/components/lesson/lesson-page'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { glossaryPath } from '@/lib/content/paths'
import { LessonMap } from '@/components/lesson/map/lesson-map'
import { Prose } from '@/components/lesson/prose'
import styles from '@/components/lesson/lesson.module.css'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005).
export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) =>
  lessonProps(params?.slug, (lesson) => lesson.map !== null)

export default function MapPage({ lesson, script }: StaticLessonProps) {
  const { slug, info } = lesson
  // lessonProps gave this page a 404 unless the lesson has a map.json.
  const map = lesson.map!
  const { places: PLACES } = map.info
  const BORDER_NOTE = map.highlight
  return (
    <StaticPage lessonSlug={slug} title="Map" script={script}>
      <LessonPage slug={slug} readingSection="map">
        <LessonNav slug={slug} current="map" />
        <header className={styles.header}>
          <p className={styles.kicker}>{info.title}</p>
          <h1>{map.info.title}</h1>
          <p className={styles.lede}>{map.info.lede}</p>
        </header>
        <figure className={styles.figure}>
          <LessonMap map={map} />
          <figcaption className={styles.caption}>{map.info.caption}</figcaption>
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
