import 'server-only'

// The App Router's way in to the lesson loader (see read-lesson.ts).
export { lessonSlugs, loadLesson } from './read-lesson'
