import { listLessonSlugs, readLessonFiles } from './lesson-files'
import { parseLesson, type ContentIssue, type Lesson } from './parse-lesson'
import { validateParsedLesson } from './validate-lesson'

// Lessons are read once per server process (at build time, since every lesson page is
// prerendered). Content that fails the content check fails the build here too, naming the problem.
// Server code only (it reads content/ from disk): the App Router imports it through
// load-lesson.ts, which guards it with 'server-only'; the reader page (pages/) calls it from
// getStaticProps, which Next.js never sends to a browser.

const loaded = new Map<string, Promise<Lesson>>()

function describe(slug: string, issues: ContentIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error')
  return `Lesson “${slug}” has content errors (run npm run content:check):\n${errors.map((e) => `  ${e.file}:${e.line}: ${e.message}`).join('\n')}`
}

async function load(slug: string): Promise<Lesson> {
  const files = readLessonFiles(slug)
  const { lesson, issues } = await parseLesson(files)
  const all = lesson ? [...issues, ...validateParsedLesson(lesson, files.files)] : issues
  if (!lesson || all.some((issue) => issue.severity === 'error')) throw new Error(describe(slug, all))
  return lesson
}

export function lessonSlugs(): string[] {
  return listLessonSlugs()
}

/** The lesson, or null when there is no lesson by that name. */
export async function loadLesson(slug: string): Promise<Lesson | null> {
  if (!lessonSlugs().includes(slug)) return null
  if (!loaded.has(slug)) loaded.set(slug, load(slug))
  return loaded.get(slug)!
}
