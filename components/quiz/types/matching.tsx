import styles from '../quiz.module.css'
import { AnswerLines, labelOf } from './answer-lines'
import type { QuestionView } from './view'

export const matching: QuestionView<'matching'> = {
  Input: ({ question, answer, onChange, disabled }) => {
    const pairs = answer?.pairs ?? {}
    return (
      <div className={styles.matching}>
        {question.prompts.map((p) => (
          <div key={p.id} className={styles.matchRow}>
            <label htmlFor={`m-${question.id}-${p.id}`}>{p.text}</label>
            <select
              id={`m-${question.id}-${p.id}`}
              value={pairs[p.id] ?? ''}
              disabled={disabled}
              onChange={(e) => {
                const next = { ...pairs }
                if (e.target.value) next[p.id] = e.target.value
                else delete next[p.id]
                onChange({ pairs: next })
              }}
            >
              <option value="">— choose —</option>
              {question.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    )
  },
  Answer: ({ description }) => <AnswerLines description={description} as="ul" />,
  Key: ({ question, resultKey }) => (
    <ul>
      {question.prompts.map((p) => (
        <li key={p.id}>
          {p.text} → {labelOf(question.options, resultKey.correct[p.id])}
        </li>
      ))}
    </ul>
  ),
}
