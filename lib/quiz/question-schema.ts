import { z } from 'zod'
import { ZQuestion } from './types'
import { zId, zText } from './types/shared'

// The schema of question-set files (content/lessons/<slug>/questions/*.json). Every question has a
// stable id, a skill, the record's paragraphs it rests on, points and an explanation shown in
// feedback; each type's own fields live in its module (lib/quiz/types/). Keys live beside the
// questions in these files and never reach a student's browser before release (lib/quiz strips them).

export { SKILLS } from './types/shared'
export { ZQuestion, type QuestionType, type TQuestion } from './types'

export const ZQuestionSet = z.strictObject({
  id: zId,
  title: zText(120),
  description: zText(600),
  /** Suggested order in the lesson: pre-reading before the record, the essay last. */
  order: z.number().int().min(1).max(20),
  questions: z.array(ZQuestion).min(1).max(80),
})
export type TQuestionSet = z.infer<typeof ZQuestionSet>
