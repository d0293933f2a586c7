'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AttemptView } from '@/lib/quiz/get-attempt-view'
import { AutosaveQueue, isSameAnswer, type QueueEvents, type SaveStatus } from './autosave-queue'
import { deviceAnswers, newTabId } from './device-answers'
import { isAnswered, isAnsweredOnRecord } from '@/lib/quiz/types'
import { QuestionInput } from './types'
import { SaveStatusLine } from './save-status'
import { SubmitDialog } from './submit-dialog'
import { TimeLeft } from './time-left'
import ui from '@/components/ui/ui.module.css'
import styles from './quiz.module.css'
import { countOf } from '@/lib/text/count-of'

type View = Omit<AttemptView, 'results'>

/** What a tab tells the attempt's other tabs in this browser when the server acknowledged a save. */
type SavedMessage = { type: 'saved'; questionId: string; answer: unknown; seq: number }

const isSavedMessage = (m: unknown): m is SavedMessage => {
  const x = m as Partial<SavedMessage> | null
  return x?.type === 'saved' && typeof x.questionId === 'string' && Number.isSafeInteger(x.seq) && 'answer' in x
}

function browserQueue(attemptId: string, serverSeqs: Record<string, number>, events: QueueEvents) {
  const device = deviceAnswers(localStorage, attemptId, newTabId())
  const queue = new AutosaveQueue(
    {
      now: () => Date.now(),
      async post(questionId, answer, seq) {
        const res = await fetch(`/api/attempts/${attemptId}/answers`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ questionId, answer, seq }),
          credentials: 'same-origin',
        })
        return { status: res.status, body: await res.json().catch(() => null), retryAfter: res.headers.get('Retry-After') }
      },
      load: () => device.load(),
      store: (pending) => device.store(pending),
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
    },
    events,
    serverSeqs,
  )
  // The queue took over every other tab's kept answers into this tab's key (device-answers.ts).
  device.forgetOthers()
  return queue
}

export function QuizRunner({ view }: { view: View }) {
  const { attempt, questions } = view
  const [answers, setAnswers] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(Object.entries(view.saved).map(([q, s]) => [q, s.answer])),
  )
  const [status, setStatus] = useState<{ status: SaveStatus; message?: string }>({ status: 'saved' })
  const [notice, setNotice] = useState('')
  /** Questions whose shown answer was replaced by a newer one from another tab or device. */
  const [changedElsewhere, setChangedElsewhere] = useState<Set<string>>(new Set())
  const shown = useRef(answers)
  useEffect(() => {
    shown.current = answers
  }, [answers])
  const [flags, setFlags] = useState<Set<string>>(new Set())
  const queue = useRef<AutosaveQueue | null>(null)
  const statusBar = useRef<HTMLDivElement>(null)
  const flagKey = `lectern:flags:${attempt.id}`

  useEffect(() => {
    // The attempt's tabs in this browser tell each other of every acknowledged save, so a tab shows
    // a newer answer at once and never sends its older one; a tab on another device learns of it
    // from the server's `stale` reply instead. The server's seq check decides either way.
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`lectern:attempt:${attempt.id}`)
    const q = browserQueue(attempt.id, Object.fromEntries(Object.entries(view.saved).map(([id, s]) => [id, s.seq])), {
      onStatus: (s, message) => setStatus({ status: s, message }),
      onNewer: (questionId, answer) => {
        if (isSameAnswer(shown.current[questionId], answer)) return
        setAnswers((prev) => ({ ...prev, [questionId]: answer }))
        setChangedElsewhere((prev) => new Set(prev).add(questionId))
        setNotice(`Question ${view.numbers[questionId]} was changed in another tab or on another device; the newer answer is shown.`)
      },
      onSaved: (questionId, answer, seq) => channel?.postMessage({ type: 'saved', questionId, answer, seq } satisfies SavedMessage),
    })
    queue.current = q
    if (channel)
      channel.onmessage = (e: MessageEvent) => isSavedMessage(e.data) && q.savedElsewhere(e.data.questionId, e.data.answer, e.data.seq)
    const restored = q.restored()
    if (restored.length) {
      // Answers held on this device can only be read after mount (there is no localStorage on the server).
      setAnswers((prev) => ({ ...prev, ...Object.fromEntries(restored.map((p) => [p.questionId, p.answer])) }))
      setNotice(
        `${restored.length} answer${restored.length === 1 ? ' that was' : 's that were'} not yet saved came back from this device and ${restored.length === 1 ? 'is' : 'are'} being sent.`,
      )
      q.retryNow()
    }
    try {
      setFlags(new Set(JSON.parse(localStorage.getItem(flagKey) ?? '[]') as string[]))
    } catch {}
    const online = () => q.retryNow()
    const leaving = (e: BeforeUnloadEvent) => {
      if (q.hasPending()) e.preventDefault()
    }
    window.addEventListener('online', online)
    window.addEventListener('beforeunload', leaving)
    return () => {
      channel?.close()
      window.removeEventListener('online', online)
      window.removeEventListener('beforeunload', leaving)
    }
  }, [attempt.id, view.saved, view.numbers, flagKey])

  // On a phone the status bar covers the top of the screen: its height, kept current as its text
  // changes, is the page's scroll padding (quiz.module.css), so a field scrolled into view on focus,
  // or a question opened from the list, is never left under the bar (WCAG 2.4.11).
  useEffect(() => {
    const bar = statusBar.current
    if (!bar) return
    const root = document.documentElement
    const observer = new ResizeObserver(() => root.style.setProperty('--quiz-status-height', `${bar.offsetHeight}px`))
    observer.observe(bar)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--quiz-status-height')
    }
  }, [])

  const change = useCallback((questionId: string, answer: unknown) => {
    setAnswers((prev) => ({ ...prev, [questionId]: answer }))
    setChangedElsewhere((prev) => {
      if (!prev.has(questionId)) return prev
      const next = new Set(prev)
      next.delete(questionId)
      return next
    })
    queue.current?.change(questionId, answer)
  }, [])

  const toggleFlag = (questionId: string) => {
    setFlags((prev) => {
      const next = new Set(prev)
      if (next.has(questionId)) next.delete(questionId)
      else next.add(questionId)
      localStorage.setItem(flagKey, JSON.stringify([...next]))
      return next
    })
  }

  const expire = useCallback(async () => {
    await queue.current?.flush()
    window.location.reload() // the server submits the expired attempt and shows where it stands
  }, [])

  const unanswered = useMemo(() => questions.filter((q) => !isAnswered(q, answers[q.id])), [questions, answers])
  const isClosed = status.status === 'closed'

  return (
    <div className={styles.runner}>
      {/* Wide screens: one sticky column (status, then the question list). Phones: the status
          alone sticks to the top of the screen, in a compact bar, above the list (quiz.module.css). */}
      <div className={styles.side}>
        <div ref={statusBar} className={styles.statusBar} data-quiz-status-bar="">
          {attempt.deadlineAt && attempt.isTimed && <TimeLeft deadline={attempt.deadlineAt} serverNow={view.serverNow} onExpire={expire} />}
          <SaveStatusLine status={status.status} message={status.message} />
          {(status.status === 'offline' || status.status === 'signed-out') && (
            <p className={styles.retryLine}>
              {status.status === 'signed-out' && (
                <>
                  <a href={`/signin?callbackUrl=${encodeURIComponent(`/attempts/${attempt.id}`)}`} target="_blank" rel="noopener">
                    Sign in again (opens a new tab)
                  </a>
                  , then{' '}
                </>
              )}
              <button type="button" className={ui.small} onClick={() => queue.current?.retryNow()}>
                Send now
              </button>
            </p>
          )}
        </div>
        <aside className={styles.sidebar} aria-label="Questions and progress">
          <p className={styles.progress}>
            {questions.length - unanswered.length} of {questions.length} answered
          </p>
          <ol className={styles.qnav}>
            {questions.map((q) => {
              const done = isAnswered(q, answers[q.id])
              return (
                <li key={q.id}>
                  <a href={`#question-${q.id}`} className={done ? styles.navDone : styles.navTodo}>
                    <span aria-hidden="true">{done ? '●' : '○'}</span> Question {view.numbers[q.id]}
                    <span className={styles.navState}>
                      {done ? ' answered' : ' unanswered'}
                      {flags.has(q.id) ? ', flagged' : ''}
                    </span>
                  </a>
                </li>
              )
            })}
          </ol>
          {!isClosed && (
            <SubmitDialog
              attemptId={attempt.id}
              numbers={view.numbers}
              unanswered={unanswered}
              flagged={[...flags]}
              saveStatus={status.status}
              flush={() => queue.current?.flush() ?? Promise.resolve(true)}
            />
          )}
        </aside>
      </div>

      <div className={styles.questions}>
        {notice && (
          <p className={styles.notice} role="status">
            {notice}
          </p>
        )}
        {questions.map((q, i) => (
          <section key={q.id} id={`question-${q.id}`} className={styles.question} aria-labelledby={`question-${q.id}-title`} tabIndex={-1}>
            <header className={styles.questionHeader}>
              <h2 id={`question-${q.id}-title`}>
                Question {view.numbers[q.id]}{' '}
                <span className={styles.points}>
                  · item {i + 1} of {questions.length} · {countOf(q.points, 'point')}
                </span>
              </h2>
              <label className={styles.flag}>
                <input type="checkbox" checked={flags.has(q.id)} onChange={() => toggleFlag(q.id)} /> Flag for review
              </label>
            </header>
            <p className={styles.prompt}>{q.prompt}</p>
            {changedElsewhere.has(q.id) && (
              <p className={styles.changedElsewhere}>
                <span aria-hidden="true">↻ </span>Changed in another tab or on another device: the newer answer is shown.
              </p>
            )}
            <QuestionInput question={q} answer={answers[q.id]} onChange={(a) => change(q.id, a)} disabled={isClosed} />
            {!isAnsweredOnRecord(q.type) && (
              <details className={styles.passageToggle}>
                <summary>Show the record: {q.paragraphs.map((p) => p.replace('p', '¶')).join(', ')}</summary>
                {q.paragraphs.map((p) => (
                  <blockquote key={p} className={styles.passageQuote}>
                    <span className={styles.paraNo}>{p.replace('p', '¶')}</span> {view.paragraphs[p]}
                  </blockquote>
                ))}
              </details>
            )}
          </section>
        ))}
      </div>
    </div>
  )
}
