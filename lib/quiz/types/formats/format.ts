import type { z } from 'zod'

// What a question type's export writers are: each format is one method, written once per type in
// formats/<type>.ts and registered in formats/index.ts, where the compiler requires every type to
// have all of them. They live beside the type modules rather than on them because the type modules
// also run in the student's browser (the quiz runner), which has no use for export writers.

/** What every format writes of any question: its id, its prompt as the title, its points and explanation. */
export interface ExportedQuestion {
  id: string
  prompt: string
  points: number
  explanation: string
}

/** What a writer needs beyond the question: the record it quotes. */
export interface FormatContext {
  /** Each record paragraph's sentences (evidence items copy the ones they offer). */
  sentences: Record<string, { id: string; text: string }[]>
  /** The shared QTI 3 stimulus holding the record, as an item refers to it. */
  stimulus: { identifier: string; href: string; title: string }
}

/** One question in a format, and what the format could not carry of it (said, never dropped). */
export interface Written {
  text: string
  lost: string[]
}
/** Written, or left out of the file, with the reason the export report gives. */
export type FormatOutcome = Written | { leftOut: string }

/** The response variables of a QTI item, as a player is given them. */
export type QtiResponses = Record<string, string | string[] | null>

/** QTI 3 carries every type; `responses` puts a Lectern answer in the item's response variables. */
export interface Qti3Format<Q, A> {
  item(q: Q, ctx: FormatContext): Written
  responses(q: Q, answer: A): QtiResponses
}

export interface QuestionFormats<Q, A> {
  qti3: Qti3Format<Q, A>
  /** Canvas's QTI 1.2 dialect: one `<item>` of an assessment section. */
  canvasQti(q: Q, ctx: FormatContext): FormatOutcome
  /** One `<question>` of a Moodle XML quiz file. */
  moodleXml(q: Q, ctx: FormatContext): FormatOutcome
  /** One GIFT block. */
  gift(q: Q, ctx: FormatContext): FormatOutcome
  /** One Aiken block (single-answer multiple choice only). */
  aiken(q: Q, ctx: FormatContext): FormatOutcome
}

/** The formats of one type module, typed by its question and answer schemas. */
export type FormatsFor<M extends { schema: z.ZodType; answerSchema: z.ZodType }> = QuestionFormats<
  z.output<M['schema']>,
  z.output<M['answerSchema']>
>
/** The question (content) shape of one type module. */
export type ModuleQuestion<M extends { schema: z.ZodType }> = z.output<M['schema']>
