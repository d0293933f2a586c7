import 'server-only'
import type { Rubric } from '@/lib/review/grading/rubric'
import {
  choicePartsOf,
  resultFor,
  rubricOf,
  type ChoicePartSpec,
  type PublicQuestion,
  type QuestionResult,
  type TQuestion,
} from '@/lib/quiz/types'
import { publicForPrint, sheetQuestionsOf, type QuestionSheet } from './get-question-sheet'
import { getTaughtLesson } from './taught-lesson'

// The answer key of a question set, for instructors only: each question with its key (as the
// released results show it), the feedback on each option, the explanation, and for hand-graded
// questions the rubric. Everything per type comes from the type modules' dispatch helpers.

export interface KeyQuestion {
  number: number
  question: TQuestion
  /** The key-free view, with the same option order as the printed sheet. */
  shown: PublicQuestion
  result: QuestionResult
  rubric: Rubric | null
  choiceParts: ChoicePartSpec[]
}

export interface AnswerKey extends Omit<QuestionSheet, 'questions'> {
  questions: KeyQuestion[]
}

export async function getAnswerKey(opts: { userId: string; classId: string; lessonSlug: string; setId: string }): Promise<AnswerKey> {
  const { className, lesson } = await getTaughtLesson(opts)
  const { set, questions, numbers, totalPoints } = sheetQuestionsOf(lesson, opts.setId)
  return {
    className,
    lessonTitle: lesson.info.title,
    set,
    totalPoints,
    questions: questions.map((q) => ({
      number: numbers[q.id],
      question: q,
      shown: publicForPrint(lesson, opts.setId, q),
      result: resultFor(q),
      rubric: rubricOf(q),
      choiceParts: choicePartsOf(q),
    })),
  }
}
