import type { ReactNode } from 'react'
import type { AnswerDescription, AnswerFor, PublicQuestionOf, QuestionType, ResultKeyOf } from '@/lib/quiz/types'

// What a question type looks like: one input for the quiz, one view of an answer and one of the
// key for the results. Every control is a native form control or a button, so all of it works by
// keyboard.

export interface InputProps<T extends QuestionType> {
  question: PublicQuestionOf<T>
  /** The saved answer in this type's shape; undefined before the student has answered. */
  answer: AnswerFor<T> | undefined
  onChange(answer: AnswerFor<T>): void
  disabled?: boolean
}

export interface QuestionView<T extends QuestionType> {
  Input(props: InputProps<T>): ReactNode
  /** The student's answer, as the one describer (lib/quiz/types) put it in words. */
  Answer(props: { question: PublicQuestionOf<T>; description: AnswerDescription }): ReactNode
  /** The right answer, once the key is released. */
  Key(props: { question: PublicQuestionOf<T>; resultKey: ResultKeyOf<T> }): ReactNode
}
