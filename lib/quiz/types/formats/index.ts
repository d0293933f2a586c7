import type { QuestionOf, QuestionType, AnswerFor, TQuestion } from '../index'
import { essayFormats } from './essay'
import { evidenceFormats } from './evidence'
import type { FormatContext, FormatOutcome, QtiResponses, QuestionFormats, Written } from './format'
import { matchingFormats } from './matching'
import { multipleFormats } from './multiple'
import { orderingFormats } from './ordering'
import { shortFormats } from './short'
import { singleFormats } from './single'
import { trueFalseBecauseFormats } from './true-false-because'

// Every question type's export writers, by type. The mapped type makes a new question type a
// compile error here until it has all five formats; the helpers below are the only dispatch.

export type { FormatContext, FormatOutcome, QtiResponses, Written } from './format'

const FORMATS: { [T in QuestionType]: QuestionFormats<QuestionOf<T>, AnswerFor<T>> } = {
  single: singleFormats,
  multiple: multipleFormats,
  'true-false-because': trueFalseBecauseFormats,
  ordering: orderingFormats,
  matching: matchingFormats,
  short: shortFormats,
  evidence: evidenceFormats,
  essay: essayFormats,
}

/** The formats written as one piece of text per question (everything but QTI 3, which is always written). */
export type TextFormat = 'canvasQti' | 'moodleXml' | 'gift' | 'aiken'

// As in ../index.ts: TypeScript cannot tie q.type to FORMATS[q.type] across the union, so the
// dispatch widens once, here.
const formatsFor = (q: TQuestion) => FORMATS[q.type] as unknown as QuestionFormats<TQuestion, unknown>

export const writeQuestion = (format: TextFormat, q: TQuestion, ctx: FormatContext): FormatOutcome => formatsFor(q)[format](q, ctx)
export const writeQti3Item = (q: TQuestion, ctx: FormatContext): Written => formatsFor(q).qti3.item(q, ctx)
/** A Lectern answer as the QTI 3 item's response variables (what a player is given). */
export const qti3Responses = (q: TQuestion, answer: unknown): QtiResponses => formatsFor(q).qti3.responses(q, answer)
