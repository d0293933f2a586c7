import type { LessonHtmlBlock } from './blocks'

// The browser's side of '#lesson-html': the blocks are built on the server only (see source.ts).
export function lessonHtml(slug: string, block: LessonHtmlBlock): Promise<string> {
  throw new Error(`The ${block} block of ${slug} is built on the server only`)
}
