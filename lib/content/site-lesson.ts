import 'server-only'
import { lessonSlugs } from './read-lesson'

/**
 * The lesson the site header's "Lesson" link opens on the application's pages (the static lesson
 * pages link to their own lesson). One line to switch when lib/content's lesson list lands.
 */
export const siteLessonSlug = (): string | undefined => lessonSlugs()[0]
