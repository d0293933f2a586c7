import { notFound } from 'next/navigation'
import { loadLesson } from '@/lib/content/load-lesson'

export type LessonParams = { params: Promise<{ slug: string }> }

/** The lesson named by the route, or a 404. */
export async function lessonFromParams({ params }: LessonParams) {
  const { slug } = await params
  const lesson = await loadLesson(slug)
  if (!lesson) notFound()
  return lesson
}
