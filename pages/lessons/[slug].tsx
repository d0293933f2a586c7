import type { GetStaticPaths, GetStaticProps } from 'next'
import { StaticPage } from '@/components/layout/static-page'
import { LessonReader } from '@/components/lesson/reader/lesson-reader'
import { lessonPaths, lessonProps, type StaticLessonProps } from '@/lib/content/static-lesson-props'

// The lesson is served by the Pages Router, because it must be fast on a phone and needs no
// framework: each of its pages (this reader, and pages/lessons/[slug]/…) is static HTML plus one
// small inline script (copy buttons, "open all notes", the signed-in header, the reading beacon).
// The App Router always ships and runs its runtime (~138 kB gzipped of Next.js and React,
// hydrating the page); the Pages Router can leave it out (unstable_runtimeJS). pages/ is the
// static lesson; app/ is the signed-in application. See docs/decisions/005.

export const config = { unstable_runtimeJS: false }
export const getStaticPaths: GetStaticPaths = () => lessonPaths()
export const getStaticProps: GetStaticProps<StaticLessonProps, { slug: string }> = ({ params }) => lessonProps(params?.slug)

export default function LessonReaderPage({ lesson, script }: StaticLessonProps) {
  return (
    <StaticPage lessonSlug={lesson.slug} title={lesson.info.title} description={lesson.info.summary} script={script}>
      <LessonReader lesson={lesson} />
    </StaticPage>
  )
}
