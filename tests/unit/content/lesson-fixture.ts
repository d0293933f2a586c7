import { readLessonFiles, type LessonFiles } from '@/lib/content/lesson-files'

export const SLUG = 'batmunkh-kim-1986'

/** The real lesson's files, read once; each test edits its own copy. */
const real = readLessonFiles(SLUG)

export function lessonFiles(): LessonFiles {
  return { slug: real.slug, files: { ...real.files } }
}

/** A copy of the lesson with one file edited; fails loudly if the edit did not apply. */
export function withEdit(file: string, from: string | RegExp, to: string): LessonFiles {
  const copy = lessonFiles()
  const before = copy.files[file]
  copy.files[file] = before.replace(from, to)
  if (copy.files[file] === before) throw new Error(`the edit of ${file} changed nothing: ${String(from)} not found`)
  return copy
}

/** The 1-based line of the first occurrence of `needle` in a file of the real lesson. */
export function lineIn(files: LessonFiles, file: string, needle: string): number {
  return files.files[file].slice(0, files.files[file].indexOf(needle)).split('\n').length
}
