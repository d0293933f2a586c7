'use client'
import { useEffect, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import type { PublicQuestion } from '@/lib/quiz/public-question'
import type { QuestionNumbers } from '@/lib/quiz/question-number'
import type { SaveStatus } from './autosave-queue'
import ui from '@/components/ui/ui.module.css'
import styles from './quiz.module.css'

/**
 * Submitting: first every pending answer is sent; then a native modal dialog (focus trapped,
 * Escape closes it) lists what is unanswered or flagged and asks to confirm. The server makes a
 * second submit harmless, and the button is disabled while one is under way. A submit that fails
 * (no network, a busy server's 503, a rate limit's 429) leaves the attempt open and every answer
 * saved, and says so: the student tries again.
 */
export function SubmitDialog(props: {
  attemptId: string
  /** Stable numbers (question-number.ts), so the list matches the question headings. */
  numbers: QuestionNumbers
  unanswered: PublicQuestion[]
  flagged: string[]
  /** The autosave status, to say why answers have not reached the server. */
  saveStatus: SaveStatus
  flush(): Promise<boolean>
}) {
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState('')
  const [isBusy, setBusy] = useState(false)
  const saveStatus = useRef(props.saveStatus)
  useEffect(() => {
    saveStatus.current = props.saveStatus
  }, [props.saveStatus])
  const number = (id: string) => props.numbers[id]

  async function review() {
    setError('')
    setBusy(true)
    const isFlushed = await props.flush()
    setBusy(false)
    if (!isFlushed) {
      setError(
        saveStatus.current === 'busy'
          ? 'The server is busy, so some answers have not reached it yet. They are kept on this device and will be sent in a moment; then submit.'
          : 'Some answers have not reached the server yet. Check your connection (or sign in again), then submit.',
      )
      return
    }
    dialog.current?.showModal()
  }

  function fail(message: string) {
    setBusy(false)
    setError(message)
    dialog.current?.close()
  }

  async function submit() {
    setBusy(true)
    setError('')
    let res: Response
    try {
      res = await fetch(`/api/attempts/${props.attemptId}/submit`, { method: 'POST', credentials: 'same-origin' })
    } catch {
      return fail(
        'The submission did not reach the server: check your connection. Your answers are saved and the attempt is still open; submit again.',
      )
    }
    if (res.status === 429 || res.status === 503) {
      // The server's own message ("very busy…") would repeat this; one sentence says it all.
      return fail(
        'The server is busy and did not take the submission. Your answers are saved and the attempt is still open: try again in a moment.',
      )
    }
    if (!res.ok && res.status !== 409) {
      const body = await res.json().catch(() => null)
      return fail(`${body?.message ?? 'The submission did not go through.'} Your answers are saved; try again.`)
    }
    dialog.current?.close()
    router.replace(`/attempts/${props.attemptId}?submitted=1`)
    router.refresh()
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
