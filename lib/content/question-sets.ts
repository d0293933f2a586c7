import 'server-only'
import { AppError } from '@/lib/errors'
import type { LoadedSet, Lesson } from './parse-lesson'
import { requireLesson } from './require-lesson'

// A lesson's question sets, each question with its version (content hash): a selector over the
// one lesson loader, so the quiz serves exactly what `npm run content:check` accepted.

export type { LoadedSet, VersionedQuestion } from './parse-lesson'

export function questionSetOf(lesson: Lesson, setId: string): LoadedSet {
  const found = lesson.questionSets.find((s) => s.set.id === setId)
  if (!found) throw new AppError('NOT_FOUND', `Unknown question set “${setId}”.`)
  return found
}

export async function loadQuestionSet(lessonSlug: string, setId: string): Promise<LoadedSet> {
  return questionSetOf(await requireLesson(lessonSlug), setId)
}
