import { AnswerLines, labelOf } from './answer-lines'
import { ChoiceInput } from './choice-input'
import type { QuestionView } from './view'

export const single: QuestionView<'single'> = {
  Input: ({ question, answer, onChange, disabled }) => (
    <ChoiceInput
      questionId={question.id}
      choices={question.choices}
      chosen={answer ? [answer.choice] : []}
      isMultiple={false}
      onChange={([choice]) => onChange({ choice })}
      disabled={disabled}
    />
  ),
  Answer: ({ description }) => <AnswerLines description={description} as="p" />,
  Key: ({ question, resultKey }) => <p>{labelOf(question.choices, resultKey.correct)}</p>,
}
