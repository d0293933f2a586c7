import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { LessonPage } from '@/components/lesson/lesson-page'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'
import { Fragment } from 'react'
import { LessonLink } from '@/components/lesson/lesson-link'
import { KIND_LABEL } from '@/components/lesson/glossary-term'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { sourcePath } from '@/lib/content/paths'
import { ParaRefs } from '@/components/lesson/para-ref'
import { Prose } from '@/components/lesson/prose'
import type { TGlossaryEntry } from '@/lib/content/schemas'
import styles from '@/components/lesson/lesson.module.css'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005).
export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) => lessonProps(params?.slug)

const GROUPS: [TGlossaryEntry['kind'], string][] = [
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['place', 'Places'],
  ['event', 'Events'],
  ['term', 'Terms'],
]

export default function GlossaryPage({ lesson, script }: StaticLessonProps) {
  const { slug, info, glossary } = lesson
  const byTerm = (a: TGlossaryEntry, b: TGlossaryEntry) => a.term.localeCompare(b.term, 'en')
  return (
    <StaticPage lessonSlug={slug} title="Glossary" script={script}>
      <LessonPage slug={slug} readingSection="glossary">
        <LessonNav slug={slug} current="glossary" />
        <header className={styles.header}>
          <p className={styles.kicker}>{info.title}</p>
          <h1>Glossary</h1>
          <p className={styles.lede}>
            {glossary.length} people, organisations, places, events and terms. In the record, terms with a dotted underline open their
            entry.
          </p>
        </header>
        <nav aria-label="Glossary sections" className={styles.jumpLinks}>
          {GROUPS.map(([kind, label]) => (
            <a key={kind} href={`#${kind}`}>
              {label}
            </a>
          ))}
        </nav>
        <div className={styles.prose}>
          {GROUPS.map(([kind, label]) => (
            <section key={kind} aria-labelledby={kind}>
              <h2 id={kind}>{label}</h2>
              <dl className={styles.definitions}>
                {glossary
                  .filter((entry) => entry.kind === kind)
                  .sort(byTerm)
                  .map((entry) => (
                    <div key={entry.id} id={entry.id} className={styles.entry}>
                      <dt>{entry.term}</dt>
                      <dd>
                        <p className={styles.entryKind}>{KIND_LABEL[entry.kind]}</p>
                        <p>
                          <Prose text={entry.definition} slug={slug} />
                        </p>
                        {entry.paragraphs.length > 0 && (
                          <p className={styles.entryMeta}>
                            In the record: <ParaRefs slug={slug} ids={entry.paragraphs} />
                          </p>
                        )}
                        {entry.sources.length > 0 && (
                          <p className={styles.entryMeta}>
                            Sources:{' '}
                            {entry.sources.map((key, i) => (
                              <Fragment key={key}>
                                {i > 0 && ', '}
                                <LessonLink href={sourcePath(slug, key)}>{key}</LessonLink>
                              </Fragment>
                            ))}
                          </p>
                        )}
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </div>
      </LessonPage>
    </StaticPage>
  )
}
