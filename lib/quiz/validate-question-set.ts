import type { TQuestion, TQuestionSet } from './question-schema'
import { contentProblems, type LessonContext } from './types'

// Pure cross-field rules the zod schema cannot state: every id points at something that exists in
// the question or its lesson, and points add up (each type's `problems`). Returns problems as
// "question id: message" strings.

export type { LessonContext } from './types'

export function questionSetProblems(set: TQuestionSet, lesson: LessonContext): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const q of set.questions) {
    if (seen.has(q.id)) problems.push(`${q.id}: duplicate question id`)
    seen.add(q.id)
    for (const message of questionProblems(q, lesson)) problems.push(`${q.id}: ${message}`)
  }
  return problems
}

export function questionProblems(q: TQuestion, lesson: LessonContext): string[] {
  // The id shape is the schema's; whether the paragraph exists is the lesson's record.
  const unknown = q.paragraphs.filter((p) => !lesson.paragraphIds.has(p))
  return [...(unknown.length ? [`paragraphs ${unknown.join(', ')} are not in the record`] : []), ...contentProblems(q, lesson)]
}
