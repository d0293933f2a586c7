import Head from 'next/head'
import { SiteFrame } from './site-frame'

/**
 * The frame of a page served by the Pages Router with no framework JavaScript (the static lesson,
 * pages/lessons/): its head, the site frame, and the one inline script that does what the page
 * does with JavaScript (lib/content/lesson-script.ts). The script is the same on every such page,
 * so the Content-Security-Policy allows it by one hash (docs/decisions/012).
 */
export function StaticPage({
  title,
  lessonSlug,
  description = 'Teach with a primary source: an annotated record, context essays, quizzes and feedback.',
  script,
  children,
}: {
  title: string
  /** The lesson the page belongs to: the header's "Lesson" link opens it. */
  lessonSlug: string
  description?: string
  script: string
  children: React.ReactNode
}) {
  return (
    <>
      <Head>
        <title>{`${title} · Lectern`}</title>
        <meta name="description" content={description} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta key="theme-color-light" name="theme-color" media="(prefers-color-scheme: light)" content="#fbf8f2" />
        <meta key="theme-color-dark" name="theme-color" media="(prefers-color-scheme: dark)" content="#1c1d1f" />
        {/* As the App Router's pages have them (app/favicon.ico, app/icon.svg): the .ico for browsers
            and tools that ask for /favicon.ico, the SVG for those that take it. */}
        <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <SiteFrame account={null} lessonSlug={lessonSlug}>
        {children}
      </SiteFrame>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  )
}
