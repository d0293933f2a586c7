import { QUESTION_TYPES } from '@/lib/quiz/types'
import { AnswerLines } from './answer-lines'
import { TextAnswerInput } from './text-answer-input'
import type { QuestionView } from './view'

export const short: QuestionView<'short'> = {
  Input: ({ question, answer, onChange, disabled }) => (
    <TextAnswerInput
      questionId={question.id}
      text={answer?.text ?? ''}
      minWords={0}
      maxWords={question.maxWords}
      maxChars={QUESTION_TYPES.short.maxChars}
      rows={5}
      onChange={(text) => onChange({ text })}
      disabled={disabled}
    />
  ),
  Answer: ({ description }) => <AnswerLines description={description} as="text" />,
  Key: ({ resultKey }) => (
    <p>
      <em>A model answer:</em> {resultKey.modelAnswer}
    </p>
  ),
}
