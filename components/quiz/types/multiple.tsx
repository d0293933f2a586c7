import { AnswerLines, labelOf } from './answer-lines'
import { ChoiceInput } from './choice-input'
import type { QuestionView } from './view'

export const multiple: QuestionView<'multiple'> = {
  Input: ({ question, answer, onChange, disabled }) => (
    <ChoiceInput
      questionId={question.id}
      choices={question.choices}
      chosen={answer?.choices ?? []}
      isMultiple
      onChange={(choices) => onChange({ choices })}
      disabled={disabled}
    />
  ),
  Answer: ({ description }) => <AnswerLines description={description} as="ul" />,
  Key: ({ question, resultKey }) => (
    <ul>
      {resultKey.correct.map((id) => (
        <li key={id}>{labelOf(question.choices, id)}</li>
      ))}
    </ul>
  ),
}
