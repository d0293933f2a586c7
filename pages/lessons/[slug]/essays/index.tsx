import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { EssayList } from '@/components/lesson/essay-list'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { LessonPage } from '@/components/lesson/lesson-page'
import styles from '@/components/lesson/lesson.module.css'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'

// A static lesson page: HTML with no framework JavaScript (docs/decisions/005).
export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) => lessonProps(params?.slug)

export default function EssaysPage({ lesson, script }: StaticLessonProps) {
  return (
    <StaticPage lessonSlug={lesson.slug} title="Context essays" script={script}>
      <LessonPage slug={lesson.slug}>
        <LessonNav slug={lesson.slug} current="essays" />
        <header className={styles.header}>
          <p className={styles.kicker}>{lesson.info.title}</p>
          <h1>Context essays</h1>
          <p className={styles.lede}>
            Six short essays on the world the two leaders were talking about, and on how to read a record like this one.
          </p>
        </header>
        <EssayList slug={lesson.slug} essays={lesson.essays} headingLevel={2} />
      </LessonPage>
    </StaticPage>
  )
}
