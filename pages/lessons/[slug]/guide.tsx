import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { LessonPage } from '@/components/lesson/lesson-page'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'
import { LessonLink } from '@/components/lesson/lesson-link'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { lessonPath } from '@/lib/content/paths'
import { Prose } from '@/components/lesson/prose'
import { SKILL_LABELS } from '@/lib/quiz/types/shared'
import styles from '@/components/lesson/lesson.module.css'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005).
export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) => lessonProps(params?.slug)

/** The whole reading guide on one page: objectives, orientation and every question, to print or plan with. */
export default function GuidePage({ lesson, script }: StaticLessonProps) {
  const { slug, info, guide } = lesson
  return (
    <StaticPage lessonSlug={slug} title="Reading guide" script={script}>
      <LessonPage slug={slug} readingSection="guide">
        <LessonNav slug={slug} current="guide" />
        <header className={styles.header}>
          <p className={styles.kicker}>{info.title}</p>
          <h1>Reading guide</h1>
          <p className={styles.lede}>
            The objectives, a five-minute orientation and the guiding questions for each part of the record. The same questions appear in
            the record, just before the paragraphs they ask about.
          </p>
        </header>
        <div className={styles.prose}>
          <h2>What you will learn</h2>
          <ol>
            {guide.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ol>
          <h2>Before you read</h2>
          {guide.beforeYouRead.map((paragraph) => (
            <p key={paragraph}>
              <Prose text={paragraph} slug={slug} />
            </p>
          ))}
          <h2>Questions, part by part</h2>
          {guide.sections.map((section, i) => (
            <section key={section.id} aria-labelledby={`guide-${section.id}`}>
              <h3 id={`guide-${section.id}`}>
                {i + 1}. {section.title}
              </h3>
              <p>
                <Prose text={section.summary} slug={slug} />{' '}
                <LessonLink href={`${lessonPath(slug)}#part-${section.id}`}>
                  Read ¶{section.paragraphs[0].slice(1)}–¶{section.paragraphs.at(-1)!.slice(1)}
                </LessonLink>
              </p>
              <ul>
                {section.questions.map((question) => (
                  <li key={question.text}>
                    <strong>{SKILL_LABELS[question.skill]}.</strong> <Prose text={question.text} slug={slug} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </LessonPage>
    </StaticPage>
  )
}
