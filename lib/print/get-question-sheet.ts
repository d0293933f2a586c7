import 'server-only'
import { questionSetOf } from '@/lib/content/question-sets'
import { stableShuffle } from '@/lib/quiz/public-question'
import { questionNumbers } from '@/lib/quiz/question-number'
import { roundPoints } from '@/lib/quiz/points'
import { publicQuestionOf, type PublicQuestion, type TQuestion } from '@/lib/quiz/types'
import type { Lesson } from '@/lib/content/parse-lesson'
import { getTaughtLesson } from './taught-lesson'

// A question set on paper, for exams printed at school and students without a device. The sheet
// is built from the same key-free view a student's browser gets (each type's toPublic), so no
// key, feedback or explanation can reach the page; the answer key is a separate page.

export interface SheetQuestion {
  number: number
  question: PublicQuestion
}

export interface QuestionSheet {
  className: string
  lessonTitle: string
  set: { id: string; title: string; description: string }
  totalPoints: number
  questions: SheetQuestion[]
}

/** Every printed copy of a set shuffles its orderable items the same way, so one key fits all. */
const printSeed = (setId: string) => `print:${setId}`

/** The set's questions in authored order, with the numbers every other screen gives them. */
export function sheetQuestionsOf(lesson: Lesson, setId: string) {
  const { set, questions } = questionSetOf(lesson, setId)
  const authored = questions.map((v) => v.question)
  return {
    set: { id: set.id, title: set.title, description: set.description },
    questions: authored,
    numbers: questionNumbers(authored),
    totalPoints: roundPoints(authored.reduce((sum, q) => sum + q.points, 0)),
  }
}

export function publicForPrint(lesson: Lesson, setId: string, question: TQuestion): PublicQuestion {
  return publicQuestionOf(question, {
    sentences: lesson.sentences,
    shuffle: (items, salt) => stableShuffle(items, `${printSeed(setId)}:${salt}`),
  })
}

export async function getQuestionSheet(opts: {
  userId: string
  classId: string
  lessonSlug: string
  setId: string
}): Promise<QuestionSheet> {
  const { className, lesson } = await getTaughtLesson(opts)
  const { set, questions, numbers, totalPoints } = sheetQuestionsOf(lesson, opts.setId)
  return {
    className,
    lessonTitle: lesson.info.title,
    set,
    totalPoints,
    questions: questions.map((q) => ({ number: numbers[q.id], question: publicForPrint(lesson, opts.setId, q) })),
  }
}
