'use client'
import styles from '../quiz.module.css'
import { countOf } from '@/lib/text/count-of'

export function countWords(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0
}

/** A textarea with a live word count; the character cap is the question type's (maxChars). */
export function TextAnswerInput(props: {
  questionId: string
  text: string
  minWords: number
  maxWords: number
  maxChars: number | undefined
  rows: number
  onChange(text: string): void
  disabled?: boolean
}) {
  const { questionId, text, minWords: min, maxWords: max, maxChars, rows, onChange, disabled } = props
  const words = countWords(text)
  const id = `t-${questionId}`
  return (
    <div className={styles.textAnswer}>
      <label htmlFor={id} className="visually-hidden">
        Your answer
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        rows={rows}
        value={text}
        disabled={disabled}
        maxLength={maxChars}
        aria-describedby={`${id}-count`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-count`} className={styles.wordCount}>
        {countOf(words, 'word')} · {min ? `${min}–${max} words` : `up to ${max} words`}
        {words > max && <strong> — over the limit</strong>}
      </p>
    </div>
  )
}
