import 'server-only'
import type { Sentences } from '../quiz/validate-question-files'
import { requireLesson } from './require-lesson'

// The record's text as the quiz and review screens need it: selectors over the one lesson loader.
// The record is public (the document itself); only question keys are ever withheld.

/** The record's paragraphs by id, to show the passage beside a question and its result. */
export async function recordParagraphs(lessonSlug: string): Promise<Map<string, string>> {
  const lesson = await requireLesson(lessonSlug)
  return new Map(lesson.record.paragraphs.map((p) => [p.id, p.text]))
}

/** The record's sentences with their stable ids ("p7.s2"), for evidence questions. */
export async function recordSentences(lessonSlug: string): Promise<Sentences> {
  return (await requireLesson(lessonSlug)).sentences
}

/** The record's text for the given paragraphs, in the order first named, unknown ids dropped. */
export async function publicRecordParagraphs(lessonSlug: string, ids: string[]): Promise<Record<string, string>> {
  const all = await recordParagraphs(lessonSlug)
  return Object.fromEntries([...new Set(ids)].filter((id) => all.has(id)).map((id) => [id, all.get(id)!]))
}
