import type { GetStaticPathsResult, GetStaticPropsResult } from 'next'
import { lessonScript } from './lesson-script'
import type { Lesson, PublicLesson } from './parse-lesson'
import { lessonSlugs, loadLesson } from './load-lesson'

// The build-time half of every static lesson page (pages/lessons/): one page per lesson folder,
// a 404 for any other slug, and the props each page renders from. Called only from
// getStaticPaths/getStaticProps, which Next.js never sends to a browser.

export type StaticLessonProps = { lesson: PublicLesson; script: string }

export function lessonPaths(): GetStaticPathsResult<{ slug: string }> {
  return { paths: lessonSlugs().map((slug) => ({ params: { slug } })), fallback: false }
}

/** The page's props, or a 404 for an unknown slug or a lesson without what the page needs (a map, say). */
export async function lessonProps(
  slug: string | undefined,
  needs: (lesson: Lesson) => boolean = () => true,
): Promise<GetStaticPropsResult<StaticLessonProps>> {
  const lesson = slug ? await loadLesson(slug) : null
  if (!lesson || !needs(lesson)) return { notFound: true }
  return { props: { lesson: publicLesson(lesson), script: await lessonScript() } }
}

/**
 * The lesson as a page's props. Next.js also serves a static page's props as JSON
 * (/_next/data/…/lessons/<slug>.json) even with the runtime left out, so they must hold only what
 * anyone may read. The fields are named one by one: a field added to Lesson (an answer key, say)
 * fails to compile here until someone decides whether it is public.
 */
function publicLesson(lesson: Lesson): PublicLesson {
  const { slug, info, record, glossary, timeline, map, annotations, sources, guide, essays, sourceText } = lesson
  const shown: PublicLesson = { slug, info, record, glossary, timeline, map, annotations, sources, guide, essays, sourceText }
  // Props must be JSON (no undefined).
  return JSON.parse(JSON.stringify(shown)) as PublicLesson
}
