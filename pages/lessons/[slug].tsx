import type { GetStaticPaths, GetStaticProps } from 'next'
import Head from 'next/head'
import { SiteFrame } from '@/components/layout/site-frame'
import { LessonReader } from '@/components/lesson/reader/lesson-reader'
import { readerScript } from '@/components/lesson/reader/reader-script'
import type { Lesson } from '@/lib/content/parse-lesson'
import { lessonSlugs, loadLesson } from '@/lib/content/load-lesson'

// The lesson reader is the one page served by the Pages Router, because it is the one page that
// must be fast on a phone and needs no framework: it is static HTML plus one small inline script
// (copy buttons, "open all notes", the signed-in header, the reading beacon). The App Router
// always ships and runs its runtime (~138 kB gzipped of Next.js and React, hydrating the page);
// the Pages Router can leave it out (unstable_runtimeJS). See docs/decisions/005.

export const config = { unstable_runtimeJS: false }

type Props = { lesson: Lesson; script: string }

export const getStaticPaths: GetStaticPaths = () => ({
  paths: lessonSlugs().map((slug) => ({ params: { slug } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { slug: string }> = async ({ params }) => {
  const lesson = await loadLesson(params!.slug)
  if (!lesson) return { notFound: true }
  return {
    props: {
      // Props must be JSON (no undefined); with the runtime left out they never reach a browser.
      // The question sets (answer keys) stay on the server: the reader never shows them.
      lesson: JSON.parse(JSON.stringify({ ...lesson, questionSets: [] })) as Lesson,
      script: await readerScript(),
    },
  }
}

export default function LessonReaderPage({ lesson, script }: Props) {
  return (
    <>
      <Head>
        <title>{`${lesson.info.title} · Lectern`}</title>
        <meta name="description" content={lesson.info.summary} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta key="theme-color-light" name="theme-color" media="(prefers-color-scheme: light)" content="#fbf8f2" />
        <meta key="theme-color-dark" name="theme-color" media="(prefers-color-scheme: dark)" content="#1c1d1f" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <SiteFrame account={null}>
        <LessonReader lesson={lesson} />
      </SiteFrame>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  )
}
