import { parseLesson, type Lesson } from '@/lib/content/parse-lesson'
import type { ExportInput } from '@/lib/exports/export-input'
import { lessonFiles } from '../content/lesson-fixture'

/** The real lesson, parsed once: every question set and type the exports must carry. */
let lesson: Promise<Lesson> | undefined
export async function realLesson(): Promise<Lesson> {
  lesson ??= parseLesson(lessonFiles()).then((r) => {
    if (!r.lesson) throw new Error('the real lesson did not parse')
    return r.lesson
  })
  return lesson
}

/** Every set of the real lesson as one export (as an assignment of all five quizzes would be). */
export async function wholeLessonExport(): Promise<ExportInput> {
  const l = await realLesson()
  return {
    identifier: 'whole-lesson',
    title: 'All quizzes',
    sections: l.questionSets.map((s) => ({ id: s.set.id, title: s.set.title, questions: s.questions.map((v) => v.question) })),
    lesson: l,
  }
}
