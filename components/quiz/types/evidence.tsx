import styles from '../quiz.module.css'
import { AnswerLines } from './answer-lines'
import type { QuestionView } from './view'

const sentenceLabel = (id: string) => id.replace('p', '¶').replace('.s', ' s')

export const evidence: QuestionView<'evidence'> = {
  Input: ({ question, answer, onChange, disabled }) => {
    const chosen = answer?.sentences ?? []
    const toggle = (id: string) =>
      onChange({ sentences: chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id].slice(0, question.maxSelections) })
    return (
      <div>
        <p className={styles.claim}>
          <strong>Claim:</strong> {question.claim}
        </p>
        <p className={styles.instruction}>
          Select the sentences of the record that <strong>{question.stance === 'supports' ? 'support' : 'contradict'}</strong> this claim
          (at most {question.maxSelections}; {chosen.length} selected). Sentences that do not count cost credit.
        </p>
        <div className={styles.passage}>
          {question.sentences.map((s) => (
            <button
              key={s.id}
              type="button"
              className={styles.sentence}
              aria-pressed={chosen.includes(s.id)}
              disabled={disabled || (!chosen.includes(s.id) && chosen.length >= question.maxSelections)}
              onClick={() => toggle(s.id)}
            >
              <span className={styles.sentenceId}>{sentenceLabel(s.id)}</span> {s.text}
            </button>
          ))}
        </div>
      </div>
    )
  },
  Answer: ({ description }) => <AnswerLines description={description} as="ul" />,
  Key: ({ question, resultKey }) => (
    <ul>
      {resultKey.accepted.map((id) => (
        <li key={id}>{question.sentences.find((s) => s.id === id)?.text ?? id}</li>
      ))}
    </ul>
  ),
}
