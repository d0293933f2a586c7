'use client'
import styles from '../quiz.module.css'

/** Radio buttons for one choice, checkboxes for several. */
export function ChoiceInput(props: {
  questionId: string
  choices: { id: string; text: string }[]
  chosen: string[]
  isMultiple: boolean
  onChange(chosen: string[]): void
  disabled?: boolean
}) {
  const { questionId, choices, chosen, isMultiple, onChange, disabled } = props
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend className="visually-hidden">{isMultiple ? 'Select all that apply' : 'Choose one answer'}</legend>
      {isMultiple && <p className={styles.instruction}>Select all that apply. Wrong choices cancel right ones.</p>}
      {choices.map((c) => (
        <label key={c.id} className={styles.option}>
          <input
            type={isMultiple ? 'checkbox' : 'radio'}
            name={`q-${questionId}`}
            value={c.id}
            checked={chosen.includes(c.id)}
            onChange={(e) => onChange(isMultiple ? (e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id)) : [c.id])}
          />
          <span>{c.text}</span>
        </label>
      ))}
    </fieldset>
  )
}
