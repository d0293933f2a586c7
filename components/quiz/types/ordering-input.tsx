'use client'
import { useState } from 'react'
import ui from '@/components/ui/ui.module.css'
import styles from '../quiz.module.css'
import type { InputProps } from './view'

// Ordering uses "move up / move down" buttons, never drag and drop. The shuffled starting order is
// not an answer until the student moves an item or keeps the order (see isAnswered in the module).
export function OrderingInput({ question, answer, onChange, disabled }: InputProps<'ordering'>) {
  const saved = answer?.order ?? []
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
              <button
                type="button"
                className={ui.small}
                disabled={disabled || index === 0}
                onClick={() => move(index, -1)}
                aria-label={`Move “${text(id)}” up`}
              >
                ↑ Up
              </button>
              <button
                type="button"
                className={ui.small}
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
        <button type="button" className={ui.small} onClick={() => onChange({ order })}>
          Keep this order as my answer
        </button>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
