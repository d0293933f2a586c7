'use client'
import { useState } from 'react'
import type { PublicQuestion } from '@/lib/quiz/public-question'
import styles from './quiz.module.css'

// One input per question type. Every control is a native form control or a button, so all of it
// works by keyboard; ordering uses "move up / move down" buttons, never drag and drop.

type Props<T extends PublicQuestion['type']> = {
  question: Extract<PublicQuestion, { type: T }>
  answer: unknown
  onChange(answer: unknown): void
  disabled?: boolean
}
type A = Record<string, unknown> | undefined

export function ChoiceInput({ question, answer, onChange, disabled }: Props<'single' | 'multiple'>) {
  const isMultiple = question.type === 'multiple'
  const chosen = isMultiple ? (((answer as A)?.choices as string[]) ?? []) : [((answer as A)?.choice as string) ?? '']
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend className="visually-hidden">{isMultiple ? 'Select all that apply' : 'Choose one answer'}</legend>
      {isMultiple && <p className={styles.instruction}>Select all that apply. Wrong choices cancel right ones.</p>}
      {question.choices.map((c) => (
        <label key={c.id} className={styles.option}>
          <input
            type={isMultiple ? 'checkbox' : 'radio'}
            name={`q-${question.id}`}
            value={c.id}
            checked={chosen.includes(c.id)}
            onChange={(e) =>
              onChange(isMultiple ? { choices: e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id) } : { choice: c.id })
            }
          />
          <span>{c.text}</span>
        </label>
      ))}
    </fieldset>
  )
}

export function TrueFalseInput({ question, answer, onChange, disabled }: Props<'true-false-because'>) {
  const a = { value: ((answer as A)?.value as boolean | null) ?? null, because: ((answer as A)?.because as string | null) ?? null }
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
}

export function OrderingInput({ question, answer, onChange, disabled }: Props<'ordering'>) {
  const saved = ((answer as A)?.order as string[]) ?? []
  const order = saved.length === question.items.length ? saved : question.items.map((i) => i.id)
  const [announcement, setAnnouncement] = useState('')
  const text = (id: string) => question.items.find((i) => i.id === id)?.text ?? id
  const move = (index: number, by: -1 | 1) => {
    const next = [...order]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item)
    onChange({ order: next })
    setAnnouncement(`Moved “${text(item)}” to position ${index + by + 1} of ${order.length}.`)
  }
  return (
    <div>
      <p className={styles.instruction}>
        Put these in order, earliest first, with the move buttons.
        {saved.length === 0 && ' The current order is not yet saved as your answer.'}
      </p>
      <ol className={styles.orderList}>
        {order.map((id, index) => (
          <li key={id} className={styles.orderItem}>
            <span className={styles.orderText}>{text(id)}</span>
            <span className={styles.orderButtons}>
              <button type="button" disabled={disabled || index === 0} onClick={() => move(index, -1)} aria-label={`Move “${text(id)}” up`}>
                ↑ Up
              </button>
              <button
                type="button"
                disabled={disabled || index === order.length - 1}
                onClick={() => move(index, 1)}
                aria-label={`Move “${text(id)}” down`}
              >
                ↓ Down
              </button>
            </span>
          </li>
        ))}
      </ol>
      {saved.length === 0 && !disabled && (
        <button type="button" className={styles.smallButton} onClick={() => onChange({ order })}>
          Keep this order as my answer
        </button>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}

export function MatchingInput({ question, answer, onChange, disabled }: Props<'matching'>) {
  const pairs = ((answer as A)?.pairs as Record<string, string>) ?? {}
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
}

export function countWords(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0
}

export function TextAnswerInput({ question, answer, onChange, disabled }: Props<'short' | 'essay'>) {
  const text = ((answer as A)?.text as string) ?? ''
  const words = countWords(text)
  const max = question.maxWords
  const min = question.type === 'essay' ? question.minWords : 0
  const id = `t-${question.id}`
  return (
    <div className={styles.textAnswer}>
      <label htmlFor={id} className="visually-hidden">
        Your answer
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        rows={question.type === 'essay' ? 18 : 5}
        value={text}
        disabled={disabled}
        maxLength={question.type === 'essay' ? 30_000 : 5_000}
        aria-describedby={`${id}-count`}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <p id={`${id}-count`} className={styles.wordCount}>
        {words} word{words === 1 ? '' : 's'} · {min ? `${min}–${max} words` : `up to ${max} words`}
        {words > max && <strong> — over the limit</strong>}
      </p>
    </div>
  )
}

export function EvidenceInput({ question, answer, onChange, disabled }: Props<'evidence'>) {
  const chosen = ((answer as A)?.sentences as string[]) ?? []
  const toggle = (id: string) =>
    onChange({ sentences: chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id].slice(0, question.maxSelections) })
  return (
    <div>
      <p className={styles.claim}>
        <strong>Claim:</strong> {question.claim}
      </p>
      <p className={styles.instruction}>
        Select the sentences of the record that <strong>{question.stance === 'supports' ? 'support' : 'contradict'}</strong> this claim (at
        most {question.maxSelections}; {chosen.length} selected). Sentences that do not count cost credit.
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
            <span className={styles.sentenceId}>{s.id.replace('p', '¶').replace('.s', ' s')}</span> {s.text}
          </button>
        ))}
      </div>
    </div>
  )
}

export function QuestionInput(props: { question: PublicQuestion; answer: unknown; onChange(answer: unknown): void; disabled?: boolean }) {
  const { question } = props
  switch (question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceInput {...props} question={question} />
    case 'true-false-because':
      return <TrueFalseInput {...props} question={question} />
    case 'ordering':
      return <OrderingInput {...props} question={question} />
    case 'matching':
      return <MatchingInput {...props} question={question} />
    case 'short':
    case 'essay':
      return <TextAnswerInput {...props} question={question} />
    case 'evidence':
      return <EvidenceInput {...props} question={question} />
  }
}
