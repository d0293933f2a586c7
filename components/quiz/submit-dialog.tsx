'use client'
import { useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import type { PublicQuestion } from '@/lib/quiz/public-question'
import type { QuestionNumbers } from '@/lib/quiz/question-number'
import ui from '@/components/ui/ui.module.css'
import styles from './quiz.module.css'

/**
 * Submitting: first every pending answer is sent; then a native modal dialog (focus trapped,
 * Escape closes it) lists what is unanswered or flagged and asks to confirm. The server makes a
 * second submit harmless, and the button is disabled while one is under way.
 */
export function SubmitDialog(props: {
  attemptId: string
  /** Stable numbers (question-number.ts), so the list matches the question headings. */
  numbers: QuestionNumbers
  unanswered: PublicQuestion[]
  flagged: string[]
  flush(): Promise<boolean>
}) {
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState('')
  const [isBusy, setBusy] = useState(false)
  const number = (id: string) => props.numbers[id]

  async function review() {
    setError('')
    setBusy(true)
    const isFlushed = await props.flush()
    setBusy(false)
    if (!isFlushed) {
      setError('Some answers have not reached the server yet. Check your connection (or sign in again), then submit.')
      return
    }
    dialog.current?.showModal()
  }

  async function submit() {
    setBusy(true)
    setError('')
    try {
      const res = await fetch(`/api/attempts/${props.attemptId}/submit`, { method: 'POST', credentials: 'same-origin' })
      if (!res.ok && res.status !== 409) {
        const body = await res.json().catch(() => null)
        throw new Error(body?.message ?? 'The submission did not go through.')
      }
      dialog.current?.close()
      router.replace(`/attempts/${props.attemptId}?submitted=1`)
      router.refresh()
    } catch (e) {
      setBusy(false)
      setError(`${(e as Error).message} Your answers are saved; try again.`)
      dialog.current?.close()
    }
  }

  return (
    <>
      <button type="button" className={ui.button} onClick={review} disabled={isBusy}>
        {isBusy ? 'Saving…' : 'Review and submit'}
      </button>
      {error && (
        <p className={styles.submitError} role="alert">
          {error}
        </p>
      )}
      <dialog ref={dialog} className={ui.dialog} aria-labelledby="submit-title">
        <h2 id="submit-title">Submit this attempt?</h2>
        {props.unanswered.length === 0 ? (
          <p>Every question has an answer.</p>
        ) : (
          <>
            <p>
              {props.unanswered.length} question{props.unanswered.length === 1 ? ' is' : 's are'} unanswered:
            </p>
            <ul>
              {props.unanswered
                .map((q) => ({ id: q.id, n: number(q.id) }))
                .sort((a, b) => a.n - b.n)
                .map((q) => (
                  <li key={q.id}>Question {q.n}</li>
                ))}
            </ul>
          </>
        )}
        {props.flagged.length > 0 && (
          <p>
            You flagged question{props.flagged.length === 1 ? '' : 's'}{' '}
            {props.flagged
              .map(number)
              .sort((a, b) => a - b)
              .join(', ')}{' '}
            for review.
          </p>
        )}
        <p>After submitting you cannot change your answers.</p>
        <div className={ui.dialogButtons}>
          <button type="button" className={ui.button} onClick={submit} disabled={isBusy}>
            {isBusy ? 'Submitting…' : 'Submit'}
          </button>
          <button type="button" className={ui.small} onClick={() => dialog.current?.close()}>
            Keep working
          </button>
        </div>
      </dialog>
    </>
  )
}
