import 'server-only'
import { lessonSlugs } from './load-lesson'

/**
 * The lesson the site header's "Lesson" link opens on the application's pages (the static lesson
 * pages link to their own lesson). The first lesson of the lesson list.
 */
export const siteLessonSlug = (): string | undefined => lessonSlugs()[0]
