import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { LessonPage } from '@/components/lesson/lesson-page'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'
import { Fragment } from 'react'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { essayPath } from '@/lib/content/paths'
import styles from '@/components/lesson/lesson.module.css'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005).
export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) => lessonProps(params?.slug)

export default function SourcesPage({ lesson, script }: StaticLessonProps) {
  const { slug, info, sources, essays, annotations } = lesson
  return (
    <StaticPage lessonSlug={slug} title="Sources" script={script}>
      <LessonPage slug={slug}>
        <LessonNav slug={slug} current="sources" />
        <header className={styles.header}>
          <p className={styles.kicker}>{info.title}</p>
          <h1>Sources</h1>
          <p className={styles.lede}>
            Everything the notes, glossary, timeline and essays rely on, under the short keys they cite it by. Several are in the Wilson
            Center Digital Archive beside the record itself: good places to start corroborating.
          </p>
        </header>
        <dl className={`${styles.prose} ${styles.definitions}`}>
          {Object.entries(sources).map(([key, source]) => {
            const citedIn = essays.filter((essay) => essay.meta.bibliography.includes(key))
            const notes = annotations.filter((note) => note.sources.includes(key)).length
            return (
              <div key={key} id={`src-${key}`} className={styles.entry}>
                <dt>
                  <span className={styles.sourceKey}>{key}</span>
                </dt>
                <dd>
                  <p>{source.citation}</p>
                  <p className={styles.entryMeta}>
                    {source.kind}
                    {notes > 0 && ` · cited in ${notes} note${notes === 1 ? '' : 's'}`}
                    {citedIn.map((essay) => (
                      <Fragment key={essay.slug}>
                        {' · '}
                        <LessonLink href={essayPath(slug, essay.slug)}>essay {essay.meta.order}</LessonLink>
                      </Fragment>
                    ))}
                  </p>
                </dd>
              </div>
            )
          })}
        </dl>
      </LessonPage>
    </StaticPage>
  )
}
