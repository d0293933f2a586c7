import { z } from 'zod'
import type { Rubric } from '@/lib/review/grading/rubric'
import type {
  AnswerDescription,
  AnyQuestionSchema,
  ChoicePartSpec,
  DescribeContext,
  LessonContext,
  PublicContext,
  QuestionTypeModule,
  ResponseScore,
  SampleDraw,
} from './module'
import { essay } from './essay'
import { evidence } from './evidence'
import { matching } from './matching'
import { multiple } from './multiple'
import { ordering } from './ordering'
import { short } from './short'
import { single } from './single'
import { trueFalseBecause } from './true-false-because'

// The question types, by name: the one place a type is registered. The QuestionType union, the
// content schema (ZQuestion), answers, public views and result keys are all derived from this
// object, so a type's name is written once (its key, which must equal its schema's literal).
// The helpers below dispatch on question.type for everyone else: no other code switches on it.

export type {
  AnswerDescription,
  ChoicePartSpec,
  DescribeContext,
  LessonContext,
  OptionTally,
  PublicContext,
  ResponseScore,
  ResultWording,
  SampleDraw,
} from './module'

type AnyModule = QuestionTypeModule<AnyQuestionSchema, z.ZodType, { type: string }, { type: string }>

/** Holds each key to its module's schema literal: `short` must be `type: "short"`. */
function registry<R extends { [K in keyof R]: AnyModule & { schema: { shape: { type: z.ZodLiteral<K & string> } } } }>(modules: R): R {
  return modules
}

export const QUESTION_TYPES = registry({
  single,
  multiple,
  'true-false-because': trueFalseBecause,
  ordering,
  matching,
  short,
  evidence,
  essay,
})

export type QuestionType = keyof typeof QUESTION_TYPES
export type QuestionTypeModuleOf<T extends QuestionType> = (typeof QUESTION_TYPES)[T]
type QuestionSchema = QuestionTypeModuleOf<QuestionType>['schema']

export const QUESTION_TYPE_NAMES = Object.keys(QUESTION_TYPES) as QuestionType[]
export const ZQuestion = z.discriminatedUnion(
  'type',
  Object.values(QUESTION_TYPES).map((m) => m.schema) as [QuestionSchema, ...QuestionSchema[]],
)
export type TQuestion = z.output<typeof ZQuestion>
export type QuestionOf<T extends QuestionType> = Extract<TQuestion, { type: T }>
export type AnswerFor<T extends QuestionType> = z.output<QuestionTypeModuleOf<T>['answerSchema']>
export type Answer = { [T in QuestionType]: AnswerFor<T> }
export type PublicQuestion = { [T in QuestionType]: ReturnType<QuestionTypeModuleOf<T>['toPublic']> }[QuestionType]
export type PublicQuestionOf<T extends QuestionType> = Extract<PublicQuestion, { type: T }>
export type ResultKey = { [T in QuestionType]: ReturnType<QuestionTypeModuleOf<T>['resultKey']> }[QuestionType]
export type ResultKeyOf<T extends QuestionType> = Extract<ResultKey, { type: T }>

export interface QuestionResult {
  key: ResultKey
  explanation: string
  /** Feedback for each option (single, multiple, and the "because" choices). */
  choiceFeedback: Record<string, string>
}

// TypeScript cannot tie `q.type` to `QUESTION_TYPES[q.type]` across a union, so the dispatch
// widens the module once, here; callers stay typed on both sides.
type LooseModule = QuestionTypeModule<AnyQuestionSchema, z.ZodType, PublicQuestion, ResultKey>
const moduleFor = (type: QuestionType) => QUESTION_TYPES[type] as unknown as LooseModule

/** A stored or sent answer in its type's shape, or undefined when it has none (or another shape). */
function answerOf(type: QuestionType, raw: unknown): unknown {
  if (raw === null || raw === undefined) return undefined
  const parsed = moduleFor(type).answerSchema.safeParse(raw)
  return parsed.success ? parsed.data : undefined
}

/** A saved answer in its question type's shape, or undefined (nothing saved, or another shape). */
export const answerFor = <T extends QuestionType>(type: T, raw: unknown) => answerOf(type, raw) as AnswerFor<T> | undefined

/** Validates an answer against its question; returns the answer or an error message. */
export function parseAnswer(question: TQuestion, raw: unknown): { answer: Answer[QuestionType] } | { error: string } {
  const m = moduleFor(question.type)
  const parsed = m.answerSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      error:
        issue.code === 'too_big' && issue.path.includes('text') ? issue.message : `That answer does not fit a ${question.type} question.`,
    }
  }
  const problem = m.checkAnswer(question, parsed.data)
  return problem ? { error: problem } : { answer: parsed.data as Answer[QuestionType] }
}

/** Whether the student has given an answer: the one rule (stored as Response.isAnswered on save). */
export function isAnswered(question: TQuestion | PublicQuestion, raw: unknown): boolean {
  const answer = answerOf(question.type, raw)
  return answer !== undefined && moduleFor(question.type).isAnswered(question, answer)
}

export function scoreResponse(question: TQuestion, raw: unknown): ResponseScore {
  return moduleFor(question.type).score(question, answerOf(question.type, raw))
}

export function publicQuestionOf(question: TQuestion, ctx: PublicContext): PublicQuestion {
  return moduleFor(question.type).toPublic(question, ctx)
}

export function resultFor(question: TQuestion): QuestionResult {
  const m = moduleFor(question.type)
  return { key: m.resultKey(question), explanation: question.explanation, choiceFeedback: m.choiceFeedback(question) }
}

/** The options whose released feedback applies to this answer. */
export function chosenIds(question: PublicQuestion | TQuestion, raw: unknown): string[] {
  const answer = answerOf(question.type, raw)
  return answer === undefined ? [] : moduleFor(question.type).chosenIds(answer)
}

/** The answer in words; no lines when nothing was given. Student text is returned as typed (trimmed). */
export function describeAnswer(question: TQuestion | PublicQuestion, raw: unknown, ctx: DescribeContext = {}): AnswerDescription {
  const answer = answerOf(question.type, raw)
  return answer === undefined ? { lines: [] } : moduleFor(question.type).describe(question, answer, ctx)
}

/** The description as lines of text, numbered when they are a sequence (grading screens). */
export const answerLines = (d: AnswerDescription) => (d.isOrdered ? d.lines.map((line, i) => `${i + 1}. ${line}`) : d.lines)

/** The description on one line (spreadsheets): "" when nothing was given, so exports can say "unanswered". */
export const answerInOneLine = (d: AnswerDescription) => answerLines(d).join(d.isOrdered ? ' | ' : '; ')

export const isHandGraded = (type: QuestionType) => QUESTION_TYPES[type].isHandGraded

/**
 * The word for one scored answer on the student's results, by its type's resultWording: a key's
 * verdict (Correct / Partly correct / Not correct), or, for answers the instructor grades against a
 * rubric, only that it was graded — the rubric breakdown says the rest.
 */
export function resultVerdict(type: QuestionType, score: number | null, max: number): string {
  if (score === null) return 'Awaiting grading'
  if (QUESTION_TYPES[type].resultWording === 'rubric') return 'Graded against the rubric'
  return score >= max ? 'Correct' : score > 0 ? 'Partly correct' : 'Not correct'
}
export const HAND_GRADED_TYPES = QUESTION_TYPE_NAMES.filter(isHandGraded)
export const maxCharsOf = (type: QuestionType) => QUESTION_TYPES[type].maxChars
export const isAnsweredOnRecord = (type: QuestionType) => QUESTION_TYPES[type].isAnsweredOnRecord
export const optionTallyOf = (type: QuestionType) => QUESTION_TYPES[type].optionTally

/** The question's rubric from its content, or null for automatically scored types. */
export const rubricOf = (question: TQuestion): Rubric | null => moduleFor(question.type).rubric(question)
export const summaryOf = (question: TQuestion) => moduleFor(question.type).summary(question)
export const choicePartsOf = (question: TQuestion): ChoicePartSpec[] => moduleFor(question.type).choiceParts(question)
export const contentProblems = (question: TQuestion, lesson: LessonContext) => moduleFor(question.type).problems(question, lesson)
export const sampleAnswer = (question: TQuestion, draw: SampleDraw): Answer[QuestionType] =>
  moduleFor(question.type).sampleAnswer(question, draw) as Answer[QuestionType]
