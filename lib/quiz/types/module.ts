import type { z } from 'zod'
import type { Rubric } from '@/lib/review/grading/rubric'

// What a question type is: everything the app needs to know about one type, in one object, so a
// new type is one file (plus its view in components/quiz/types/) and the compiler names anything
// it leaves out. Modules are pure and run in the browser too (the quiz runner's progress uses
// isAnswered), so nothing here may import server-only code.

/** The lesson a question set belongs to: what its ids may point at. */
export interface LessonContext {
  sentenceIds: ReadonlySet<string>
  paragraphIds: ReadonlySet<string>
}

/** What building the key-free view needs from the server. */
export interface PublicContext {
  /** Each record paragraph's sentences, for types that quote them. */
  sentences: Record<string, { id: string; text: string }[]>
  /** A shuffle that is the same every time for one attempt (server-side: it hashes). */
  shuffle<T extends { id: string }>(items: T[], salt: string): T[]
}

export interface DescribeContext {
  /** A record sentence's text by id, where the caller has the record. */
  sentenceText?(id: string): string | undefined
}

/** An answer in words: one line per part; `isOrdered` when the lines are a sequence (numbered). */
export interface AnswerDescription {
  lines: string[]
  isOrdered?: boolean
}

export interface ResponseScore {
  /** null when the instructor must grade it. */
  score: number | null
  max: number
  /** A pre-score for the grader (short answers with accepted phrases). */
  suggested?: number
}

/** One group of options whose picks item analysis counts (a question may have two: verdict and reason). */
export interface ChoicePartSpec {
  part: 'choice' | 'verdict' | 'because'
  title: string
  options: { id: string; label: string; isCorrect: boolean }[]
}
/** The answer shape whose picks the item-analysis query counts (lib/review/item-analysis-queries.ts). */
export type OptionTally = 'choice' | 'choices' | 'verdict-and-because'

/** Dice for demo and benchmark answers: the same student and question always roll the same. */
export interface SampleDraw {
  isRight: boolean
  chance(salt: string): number
  /** The id of a wrong option, chosen repeatably. */
  wrongOf(items: { id: string }[], right: string, salt: string): string
  /** Written answers to choose from, weakest last (for hand-graded types). */
  writtenAnswers?: string[]
  ability: number
}

export type ResultWording = 'correctness' | 'rubric'

/** The fields every key-free question carries. */
export interface PublicBase {
  id: string
  points: number
  prompt: string
  paragraphs: string[]
}

export type AnyQuestionSchema = z.ZodObject<z.core.$ZodShape, z.core.$strict>

export interface QuestionTypeModule<
  S extends AnyQuestionSchema,
  AS extends z.ZodType,
  P extends { type: string },
  K extends { type: string },
> {
  /** The question in a content file (content/lessons/<slug>/questions/*.json). */
  schema: S
  /** The answer as the browser saves it; `checkAnswer` then checks its ids against the question. */
  answerSchema: AS
  /** Graded by the instructor against a rubric (never scored automatically). */
  isHandGraded: boolean
  /**
   * How a scored answer is named on the student's results: 'correctness' (Correct / Partly correct /
   * Not correct) where a key decides, 'rubric' (graded against the rubric) where the instructor's
   * judgement does — an argued essay is not "partly correct".
   */
  resultWording: ResultWording
  /** Characters a written answer may hold (the textarea's cap and the server's). */
  maxChars?: number
  /** Answers that draw on the record's sentences themselves: no separate passage is shown beside them. */
  isAnsweredOnRecord: boolean

  /** Cross-field rules the schema cannot state: every key names something that exists. */
  problems(q: z.output<S>, lesson: LessonContext): string[]
  /** An error message when the answer names something the question does not offer. */
  checkAnswer(q: z.output<S>, answer: z.output<AS>): string | null
  /** Whether the student has answered (stored on Response.isAnswered; the runner's progress). */
  isAnswered(q: z.output<S> | P, answer: z.output<AS>): boolean
  score(q: z.output<S>, answer: z.output<AS> | undefined): ResponseScore

  /** What a student's browser may see before release: no keys, feedback or model answers. */
  toPublic(q: z.output<S>, ctx: PublicContext): P
  /** The key, shown once results (and the key) are released. */
  resultKey(q: z.output<S>): K
  /** Feedback per option, keyed by option id (empty for types without options). */
  choiceFeedback(q: z.output<S>): Record<string, string>
  /** The options whose feedback applies to this answer. */
  chosenIds(answer: z.output<AS>): string[]
  /** The answer in words, for results, grading and exports (the one describer). */
  describe(q: z.output<S> | P, answer: z.output<AS>, ctx: DescribeContext): AnswerDescription
  /** The question as one line of text, for item analysis. */
  summary(q: z.output<S>): string
  /** The rubric a hand-graded question is scored with; null when scored automatically. */
  rubric(q: z.output<S>): Rubric | null
  /** Options whose picks item analysis reports, and the answer shape to count them by. */
  choiceParts(q: z.output<S>): ChoicePartSpec[]
  optionTally: OptionTally | null
  /** A plausible answer, right or wrong as drawn (demo seed and benchmarks). */
  sampleAnswer(q: z.output<S>, draw: SampleDraw): z.output<AS>
}
