import ui from '@/components/ui/ui.module.css'
import styles from '../quiz.module.css'
import { AnswerLines, labelOf } from './answer-lines'
import type { QuestionView } from './view'

const UNCHOSEN = '— choose —'

export const matching: QuestionView<'matching'> = {
  // A native select shows its chosen option on one line, cut off wherever the box ends, and the
  // options here run to a hundred characters. So each select keeps its native behaviour (keyboard,
  // the phone's own picker, what screen readers announce) but is laid transparent over a face that
  // shows the chosen option in full, wrapping; the face is hidden from assistive technology, which
  // reads the select itself.
  Input: ({ question, answer, onChange, disabled }) => {
    const pairs = answer?.pairs ?? {}
    return (
      <div className={styles.matching}>
        {question.prompts.map((p) => {
          const id = `m-${question.id}-${p.id}`
          const chosen = question.options.find((o) => o.id === pairs[p.id])
          return (
            <div key={p.id} className={styles.matchRow}>
              <label htmlFor={id}>{p.text}</label>
              <div className={styles.matchChoice}>
                <span className={`${ui.input} ${ui.compact} ${styles.matchFace}`} aria-hidden="true" data-match-face="">
                  {chosen?.text ?? UNCHOSEN}
                </span>
                <select
                  id={id}
                  className={styles.matchSelect}
                  value={pairs[p.id] ?? ''}
                  disabled={disabled}
                  onChange={(e) => {
                    const next = { ...pairs }
                    if (e.target.value) next[p.id] = e.target.value
                    else delete next[p.id]
                    onChange({ pairs: next })
                  }}
                >
                  <option value="">{UNCHOSEN}</option>
                  {question.options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.text}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )
        })}
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
