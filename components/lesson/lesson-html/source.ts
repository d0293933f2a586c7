import { readLessonFiles } from '@/lib/content/lesson-files'
import { parseLesson, type Lesson } from '@/lib/content/parse-lesson'
import { lessonBlockHtml, type LessonHtmlBlock } from './blocks'

// The server's side of '#lesson-html' (package.json "imports"): browsers get source.browser.ts
// instead, so neither the content nor this loader is ever bundled for them. It runs where client
// components are rendered to HTML, which is a separate module graph from the server components',
// so it reads the lesson itself; the server components' loader has already checked it.

const lessons = new Map<string, Promise<Lesson>>()
const blocks = new Map<string, Promise<string>>()

async function parsed(slug: string): Promise<Lesson> {
  const { lesson } = await parseLesson(readLessonFiles(slug))
  if (!lesson) throw new Error(`Lesson “${slug}” did not parse (run npm run content:check)`)
  return lesson
}

/** The block's HTML; the same promise every time, as React's use() needs. */
export function lessonHtml(slug: string, block: LessonHtmlBlock): Promise<string> {
  const key = `${slug}/${block}`
  if (!blocks.has(key)) {
    if (!lessons.has(slug)) lessons.set(slug, parsed(slug))
    blocks.set(key, lessons.get(slug)!.then((lesson) => lessonBlockHtml(lesson, block)))
  }
  return blocks.get(key)!
}
