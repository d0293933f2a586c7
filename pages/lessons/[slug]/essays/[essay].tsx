import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { Bibliography } from '@/components/lesson/essay/bibliography'
import { essayComponents } from '@/components/lesson/essay/essay-components'
import { GlossaryPopovers } from '@/components/lesson/glossary-term'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { LessonPage } from '@/components/lesson/lesson-page'
import { ParaRefs } from '@/components/lesson/para-ref'
import lessonStyles from '@/components/lesson/lesson.module.css'
import styles from '@/components/lesson/essay/essay.module.css'
import { compileEssay } from '@/lib/content/compile-essay'
import { essayPath } from '@/lib/content/paths'
import { lessonSlugs } from '@/lib/content/load-lesson'
import { essayElement } from '@/lib/content/run-essay'
import { lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005). The essay's MDX
// is compiled here at build time and run as the page renders.
export const config = { unstable_runtimeJS: false }

type Props = StaticLessonProps & { essaySlug: string; code: string }
type Params = { slug: string; essay: string }

export const getStaticPaths: GetStaticPaths<Params> = async () => {
  const paths = await Promise.all(
    lessonSlugs().map(async (slug) => {
      const result = await lessonProps(slug)
      const essays = 'props' in result ? result.props.lesson.essays : []
      return essays.map((essay) => ({ params: { slug, essay: essay.slug } }))
    }),
  )
  return { paths: paths.flat(), fallback: false }
}

export const getStaticProps: GetStaticProps<Props, Params> = async ({ params }) => {
  const result = await lessonProps(params?.slug)
  if (!('props' in result)) return result
  const essay = result.props.lesson.essays.find((e) => e.slug === params?.essay)
  if (!essay) return { notFound: true }
  return { props: { ...result.props, essaySlug: essay.slug, code: await compileEssay(essay.source) } }
}

export default function EssayPage({ lesson, script, essaySlug, code }: Props) {
  const { slug, essays } = lesson
  const index = essays.findIndex((e) => e.slug === essaySlug)
  const [essay, previous, next] = [essays[index], essays[index - 1], essays[index + 1]]
  const termIds = new Set(essay.analysis.components.filter((use) => use.name === 'Term').map((use) => use.id))
  return (
    <StaticPage lessonSlug={slug} title={essay.meta.title} description={essay.meta.summary} script={script}>
      <LessonPage slug={slug} readingSection={`essay:${essay.slug}`}>
        <LessonNav slug={slug} current="essays" />
        <article>
          <header className={lessonStyles.header}>
            <p className={lessonStyles.kicker}>
              Context essay {essay.meta.order} of {essays.length}
            </p>
            <h1>{essay.meta.title}</h1>
            <p className={lessonStyles.lede}>{essay.meta.summary}</p>
            <p className={styles.explains}>
              Explains <ParaRefs slug={slug} ids={essay.meta.paragraphs} /> of the record.
            </p>
          </header>
          <div className={`${lessonStyles.prose} ${styles.body}`}>
            {essayElement(code, essayComponents(slug))}
            <h2 id="bibliography">Bibliography</h2>
            <Bibliography sources={lesson.sources} keys={essay.meta.bibliography} className={styles.bibliography} />
          </div>
          <nav aria-label="More essays" className={styles.pager}>
            {previous ? (
              <LessonLink href={essayPath(slug, previous.slug)}>
                <span className={styles.pagerLabel}>Previous essay</span>
                {previous.meta.title}
              </LessonLink>
            ) : (
              <span />
            )}
            {next && (
              <LessonLink href={essayPath(slug, next.slug)}>
                <span className={styles.pagerLabel}>Next essay</span>
                {next.meta.title}
              </LessonLink>
            )}
          </nav>
        </article>
        <GlossaryPopovers slug={slug} entries={lesson.glossary.filter((entry) => termIds.has(entry.id))} />
      </LessonPage>
    </StaticPage>
  )
}
