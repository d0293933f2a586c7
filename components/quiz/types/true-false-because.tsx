import styles from '../quiz.module.css'
import { AnswerLines, labelOf } from './answer-lines'
import type { QuestionView } from './view'

export const trueFalseBecause: QuestionView<'true-false-because'> = {
  Input: ({ question, answer, onChange, disabled }) => {
    const a = answer ?? { value: null, because: null }
    return (
      <div>
        <p className={styles.statement}>“{question.statement}”</p>
        <fieldset className={styles.fieldset} disabled={disabled}>
          <legend>Is this statement true or false?</legend>
          {[true, false].map((v) => (
            <label key={String(v)} className={styles.option}>
              <input type="radio" name={`q-${question.id}-value`} checked={a.value === v} onChange={() => onChange({ ...a, value: v })} />
              <span>{v ? 'True' : 'False'}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className={styles.fieldset} disabled={disabled}>
          <legend>Because…</legend>
          {question.because.map((c) => (
            <label key={c.id} className={styles.option}>
              <input
                type="radio"
                name={`q-${question.id}-because`}
                checked={a.because === c.id}
                onChange={() => onChange({ ...a, because: c.id })}
              />
              <span>{c.text}</span>
            </label>
          ))}
        </fieldset>
      </div>
    )
  },
  Answer: ({ description }) => <AnswerLines description={description} as="p" />,
  Key: ({ question, resultKey }) => (
    <p>
      {resultKey.correct ? 'True' : 'False'}, because {labelOf(question.because, resultKey.correctBecause)}
    </p>
  ),
}
