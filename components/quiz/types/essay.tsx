import { QUESTION_TYPES } from '@/lib/quiz/types'
import { AnswerLines } from './answer-lines'
import { TextAnswerInput } from './text-answer-input'
import type { QuestionView } from './view'

export const essay: QuestionView<'essay'> = {
  Input: ({ question, answer, onChange, disabled }) => (
    <TextAnswerInput
      questionId={question.id}
      text={answer?.text ?? ''}
      minWords={question.minWords}
      maxWords={question.maxWords}
      maxChars={QUESTION_TYPES.essay.maxChars}
      rows={18}
      onChange={(text) => onChange({ text })}
      disabled={disabled}
    />
  ),
  Answer: ({ description }) => <AnswerLines description={description} as="text" />,
  Key: () => <p>An essay has no single right answer: it is graded against the rubric, level by level, as shown above.</p>,
}
