import type { Metadata } from 'next'
import { LessonLink } from '@/components/lesson/lesson-link'
import { notFound } from 'next/navigation'
import { compileEssay } from '@/lib/content/compile-essay'
import { lessonSlugs, loadLesson } from '@/lib/content/load-lesson'
import { Bibliography } from '@/components/lesson/essay/bibliography'
import { essayComponents } from '@/components/lesson/essay/essay-components'
import { GlossaryPopovers } from '@/components/lesson/glossary-term'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { essayPath } from '@/lib/content/paths'
import { ParaRefs } from '@/components/lesson/para-ref'
import { ReadingBeacon } from '@/components/lesson/reading-beacon'
import lesson from '@/components/lesson/lesson.module.css'
import styles from '@/components/lesson/essay/essay.module.css'

type EssayParams = { params: Promise<{ slug: string; essay: string }> }

export const dynamicParams = false

export async function generateStaticParams() {
  const params = await Promise.all(
    lessonSlugs().map(async (slug) => ((await loadLesson(slug))?.essays ?? []).map((essay) => ({ slug, essay: essay.slug }))),
  )
  return params.flat()
}

async function essayFromParams({ params }: EssayParams) {
  const { slug, essay: essaySlug } = await params
  const found = await loadLesson(slug)
  const index = found?.essays.findIndex((essay) => essay.slug === essaySlug) ?? -1
  if (!found || index < 0) notFound()
  return { lesson: found, essay: found.essays[index], previous: found.essays[index - 1], next: found.essays[index + 1] }
}

export async function generateMetadata(props: EssayParams): Promise<Metadata> {
  const { essay } = await essayFromParams(props)
  return { title: essay.meta.title, description: essay.meta.summary }
}

export default async function EssayPage(props: EssayParams) {
  const { lesson: found, essay, previous, next } = await essayFromParams(props)
  const { slug } = found
  const Content = await compileEssay(essay.source)
  const termIds = new Set(essay.analysis.components.filter((use) => use.name === 'Term').map((use) => use.id))
  return (
    <>
      <LessonNav slug={slug} current="essays" />
      <article>
        <header className={lesson.header}>
          <p className={lesson.kicker}>
            Context essay {essay.meta.order} of {found.essays.length}
          </p>
          <h1>{essay.meta.title}</h1>
          <p className={lesson.lede}>{essay.meta.summary}</p>
          <p className={styles.explains}>
            Explains <ParaRefs slug={slug} ids={essay.meta.paragraphs} /> of the record.
          </p>
        </header>
        <div className={`${lesson.prose} ${styles.body}`}>
          <Content components={essayComponents(slug)} />
          <h2 id="bibliography">Bibliography</h2>
          <Bibliography sources={found.sources} keys={essay.meta.bibliography} className={styles.bibliography} />
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
      <GlossaryPopovers slug={slug} entries={found.glossary.filter((entry) => termIds.has(entry.id))} />
      <ReadingBeacon lessonSlug={slug} sectionId={`essay:${essay.slug}`} />
    </>
  )
}
