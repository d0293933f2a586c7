import { answerInOneLine, answerLines, describeAnswer, type TQuestion } from '@/lib/quiz/types'

// Pure: a student's answer as an instructor reads it — the text of the choices picked, not their
// ids — on one line for a spreadsheet, or as lines for a grading screen. Both come from the one
// describer (each type's `describe`). Empty answers give "" / no lines, so callers can say
// "unanswered" themselves. Student text is returned as typed; callers render it as text.

type SentenceText = (id: string) => string | undefined
type Sentences = Record<string, { id: string; text: string }[]>

/** Looks a sentence up in the record's sentences (keyed by paragraph). */
export const sentenceTextIn =
  (sentences: Sentences): SentenceText =>
  (id) =>
    sentences[id.split('.')[0]]?.find((s) => s.id === id)?.text

export function readableAnswer(q: TQuestion, answer: unknown, sentenceText: SentenceText = () => undefined): string {
  return answerInOneLine(describeAnswer(q, answer, { sentenceText }))
}

export function answerAsLines(q: TQuestion, answer: unknown, sentences?: Sentences): string[] {
  return answerLines(describeAnswer(q, answer, sentences ? { sentenceText: sentenceTextIn(sentences) } : {}))
}
