import { listLessonSlugs, readLessonFiles } from './lesson-files'
import { parseLesson, type ContentIssue, type Lesson } from './parse-lesson'
import { validateParsedLesson } from './validate-lesson'

// The one lesson loader: every part of a lesson (record, sentences, notes, essays, glossary,
// timeline, map, question sets with versions) comes from here, read once per server process and
// checked by the same rules as `npm run content:check`, so content that fails the check fails the
// build and the server too, naming the problem. Everything else that needs content is a selector
// over this (catalog.ts, question-sets.ts, record.ts).
// Server code only: it reads content/ with node:fs, so a browser bundle cannot include it. It has
// no 'server-only' guard because the reader page (pages/) calls it from getStaticProps, which that
// guard rejects.

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
