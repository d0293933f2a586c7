import type { Lesson } from '@/lib/content/parse-lesson'
import type { TQuestion } from '@/lib/quiz/types'
import type { FormatContext } from '@/lib/quiz/types/formats'
import { STIMULUS_IDENTIFIER } from './record-stimulus'

// Pure: what every export is made from — a title, the question sets as sections (one for a set's
// own export, several for an assignment), and the lesson the questions quote.

export interface ExportSection {
  id: string
  title: string
  questions: TQuestion[]
}

export interface ExportInput {
  /** A kebab-case name for identifiers and file names ("02-comprehension", an assignment's title). */
  identifier: string
  title: string
  sections: ExportSection[]
  lesson: Pick<Lesson, 'record' | 'info' | 'sentences'>
}

export const allQuestions = (input: ExportInput) => input.sections.flatMap((s) => s.questions)

/** The record's sentences and the shared stimulus, as an item in items/ refers to it. */
export function formatContext(input: ExportInput): FormatContext {
  return {
    sentences: input.lesson.sentences,
    stimulus: { identifier: STIMULUS_IDENTIFIER, href: '../record.xml', title: input.lesson.info.title },
  }
}
