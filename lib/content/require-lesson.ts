import { AppError } from '@/lib/errors'
import { loadLesson } from './load-lesson'
import type { Lesson } from './parse-lesson'

/** The lesson a stored assignment names; a slug with no lesson folder is NOT_FOUND, not a crash. */
export async function requireLesson(slug: string): Promise<Lesson> {
  const lesson = await loadLesson(slug)
  if (!lesson) throw new AppError('NOT_FOUND', `Unknown lesson “${slug}”.`)
  return lesson
}
