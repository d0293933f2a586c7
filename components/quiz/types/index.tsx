import type { ReactNode } from 'react'
import { answerFor, describeAnswer, type PublicQuestion, type QuestionResult, type QuestionType } from '@/lib/quiz/types'
import styles from '../quiz.module.css'
import { essay } from './essay'
import { evidence } from './evidence'
import { matching } from './matching'
import { multiple } from './multiple'
import { ordering } from './ordering'
import { short } from './short'
import { single } from './single'
import { trueFalseBecause } from './true-false-because'
import type { InputProps, QuestionView } from './view'

// Each question type's input and views, by name. Typed over every QuestionType, so a type
// registered in lib/quiz/types without a view here does not compile.
export const QUESTION_VIEWS: { [T in QuestionType]: QuestionView<T> } = {
  single,
  multiple,
  'true-false-because': trueFalseBecause,
  ordering,
  matching,
  short,
  evidence,
  essay,
}

// As in lib/quiz/types: TypeScript cannot tie question.type to QUESTION_VIEWS[question.type]
// across a union, so the dispatch widens the view once, here.
const viewOf = (type: QuestionType) => QUESTION_VIEWS[type] as unknown as QuestionView<QuestionType>

export function QuestionInput(props: { question: PublicQuestion; answer: unknown; onChange(answer: unknown): void; disabled?: boolean }) {
  const Input: (p: InputProps<QuestionType>) => ReactNode = viewOf(props.question.type).Input
  return <Input {...props} answer={answerFor(props.question.type, props.answer)} />
}

export function YourAnswer({ question, answer }: { question: PublicQuestion; answer: unknown }) {
  const description = describeAnswer(question, answer)
  if (description.lines.length === 0) return <p className={styles.muted}>No answer.</p>
  const { Answer } = viewOf(question.type)
  return <Answer question={question} description={description} />
}

export function RightAnswer({ question, result }: { question: PublicQuestion; result: QuestionResult }) {
  const { Key } = viewOf(question.type)
  return <Key question={question} resultKey={result.key} />
}
