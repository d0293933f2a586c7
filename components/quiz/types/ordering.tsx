import { AnswerLines, labelOf } from './answer-lines'
import { OrderingInput } from './ordering-input'
import type { QuestionView } from './view'

export const ordering: QuestionView<'ordering'> = {
  Input: OrderingInput,
  Answer: ({ description }) => <AnswerLines description={description} as="ol" />,
  Key: ({ question, resultKey }) => (
    <ol>
      {resultKey.correctOrder.map((id) => (
        <li key={id}>{labelOf(question.items, id)}</li>
      ))}
    </ol>
  ),
}
