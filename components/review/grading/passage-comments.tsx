'use client'
import { createContext, useContext, useRef, useState, useTransition, type ReactNode } from 'react'
import { useRouter } from 'next/navigation'
import { AnnotatedText } from '@/components/quiz/annotated-text'
import { useGradingActions } from './grading-actions'
import ui from '@/components/ui/ui.module.css'
import styles from './grading.module.css'

// Comments on passages of a written answer (Gradescope/Canvas-style annotations). The grader
// selects words in the answer and presses "Comment on selection", or — without a mouse — types or
// pastes words of the answer into the passage field, which finds them. Either way the passage is
// sent as offsets into the answer's text as stored plus the words themselves; the server checks
// both. The answer and the panel sit in different columns, so the card holds the shared state.

export interface PassageAnnotation {
  id: string
  start: number
  end: number
  quotedText: string
  body: string
}

interface Range {
  start: number
  end: number
}

/** Characters of the answer from the container's start to a point in it, not counting the comment numbers. */
function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(container, 0)
  range.setEnd(node, offset)
  const copy = range.cloneContents()
  copy.querySelectorAll('[data-not-answer]').forEach((el) => el.remove())
  return copy.textContent?.length ?? 0
}

/** The state one answer's essay column and comment panel share. */
function usePassage(text: string) {
  // The answer's element, kept in state rather than a ref: the context hands it to both columns.
  const [container, setContainer] = useState<HTMLDivElement | null>(null)
  const [quote, setQuote] = useState('')
  const [range, setRange] = useState<Range | null>(null)
  const [note, setNote] = useState('')
  /** The grader's selection inside the answer, as offsets; false when nothing in the answer is selected. */
  const takeSelection = () => {
    const selection = window.getSelection()
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !container) return false
    const r = selection.getRangeAt(0)
    if (!container.contains(r.startContainer) || !container.contains(r.endContainer)) return false
    const start = offsetIn(container, r.startContainer, r.startOffset)
    const end = offsetIn(container, r.endContainer, r.endOffset)
    if (end <= start) return false
    setRange({ start, end })
    setQuote(text.slice(start, end))
    setNote('')
    return true
  }
  /** Typed words: the first place they occur in the answer. */
  const typeQuote = (value: string) => {
    setQuote(value)
    if (!value) {
      setRange(null)
      setNote('')
      return
    }
    const at = text.indexOf(value)
    const again = at >= 0 && text.indexOf(value, at + 1) >= 0
    setRange(at >= 0 ? { start: at, end: at + value.length } : null)
    setNote(at < 0 ? 'Those words are not in the answer (as typed).' : again ? 'Those words occur more than once: the first is used.' : '')
  }
  const clear = () => {
    setQuote('')
    setRange(null)
    setNote('')
  }
  return { text, setContainer, quote, range, note, takeSelection, typeQuote, clear }
}

type Passage = ReturnType<typeof usePassage>
const PassageContext = createContext<Passage | null>(null)

/** Wraps one answer's card: its PassageAnswer and PassageComments share the chosen passage. */
export function PassageProvider({ text, children }: { text: string; children: ReactNode }) {
  return <PassageContext.Provider value={usePassage(text)}>{children}</PassageContext.Provider>
}

function usePassageContext(): Passage {
  const passage = useContext(PassageContext)
  if (!passage) throw new Error('PassageAnswer and PassageComments go inside a PassageProvider.')
  return passage
}

/** The answer with its commented passages marked; select words in it to comment on them. */
export function PassageAnswer({ annotations, idPrefix }: { annotations: PassageAnnotation[]; idPrefix: string }) {
  const { setContainer, text } = usePassageContext()
  return (
    <div ref={setContainer}>
      <AnnotatedText text={text} passages={annotations} idPrefix={idPrefix} className={styles.answer} />
    </div>
  )
}

/** Beside the answer: comment on the selected passage, and the passage comments so far, each editable and deletable. */
export function PassageComments({
  responseId,
  annotations,
  idPrefix,
}: {
  responseId: string
  annotations: PassageAnnotation[]
  idPrefix: string
}) {
  const passage = usePassageContext()
  const router = useRouter()
  const actions = useGradingActions()
  const [body, setBody] = useState('')
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null)
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null)
  const [isPending, startTransition] = useTransition()
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const run = (fn: () => Promise<{ ok?: boolean; message?: string }>, onDone: () => void) =>
    startTransition(async () => {
      const result = await fn()
      setMessage({ text: result.message ?? '', isError: !result.ok })
      if (result.ok) {
        onDone()
        router.refresh()
      }
    })
  const add = () => {
    if (!passage.range) return
    run(
      () => actions.annotate({ responseId, ...passage.range!, quotedText: passage.quote, body }),
      () => {
        setBody('')
        passage.clear()
      },
    )
  }
  return (
    <section aria-labelledby={`${idPrefix}-heading`} className={styles.passagePanel}>
      <h4 id={`${idPrefix}-heading`} className={styles.panelHeading}>
        Comments on passages
      </h4>
      <p className={styles.levels}>
        <button
          type="button"
          className={ui.small}
          // Keep the selection in the answer: pressing the button must not clear it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (passage.takeSelection()) bodyRef.current?.focus()
            else setMessage({ text: 'Select some words of the answer first, or type them in the passage field.', isError: true })
          }}
        >
          Comment on selection
        </button>
      </p>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-quote`}>Passage (select it in the answer, or type words from it)</label>
        <textarea
          className={`${ui.input} ${ui.compact}`}
          id={`${idPrefix}-quote`}
          rows={2}
          value={passage.quote}
          maxLength={30_000}
          onChange={(e) => passage.typeQuote(e.target.value)}
          aria-describedby={passage.note ? `${idPrefix}-quote-note` : undefined}
        />
        {passage.note && (
          <p id={`${idPrefix}-quote-note`} className={styles.help}>
            {passage.note}
          </p>
        )}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-body`}>Comment on the passage</label>
        <textarea
          className={`${ui.input} ${ui.compact}`}
          ref={bodyRef}
          id={`${idPrefix}-body`}
          rows={3}
          value={body}
          maxLength={5000}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <p className={styles.levels}>
        <button
          type="button"
          className={`${ui.small} ${ui.smallFilled}`}
          disabled={isPending || !passage.range || !body.trim()}
          onClick={add}
        >
          Add passage comment
        </button>
      </p>
      {message?.text && (
        <p className={`${styles.message} ${message.isError ? styles.error : styles.success}`} role="status">
          {message.text}
        </p>
      )}
      {annotations.length > 0 && (
        <ol className={styles.passageList}>
          {annotations.map((a, n) => (
            <li key={a.id} id={`${idPrefix}-${n + 1}`}>
              <blockquote className={styles.passageQuote}>
                “{a.quotedText.length > 160 ? `${a.quotedText.slice(0, 160)}…` : a.quotedText}”
              </blockquote>
              {editing?.id === a.id ? (
                <>
                  <div className={styles.field}>
                    <label htmlFor={`${idPrefix}-edit-${a.id}`}>Edit comment {n + 1}</label>
                    <textarea
                      className={`${ui.input} ${ui.compact}`}
                      id={`${idPrefix}-edit-${a.id}`}
                      rows={3}
                      value={editing.body}
                      maxLength={5000}
                      onChange={(e) => setEditing({ id: a.id, body: e.target.value })}
                    />
                  </div>
                  <p className={styles.levels}>
                    <button
                      type="button"
                      className={`${ui.small} ${ui.smallFilled}`}
                      disabled={isPending || !editing.body.trim()}
                      onClick={() =>
                        run(
                          () => actions.editAnnotation({ annotationId: a.id, body: editing.body }),
                          () => setEditing(null),
                        )
                      }
                    >
                      Save
                    </button>
                    <button type="button" className={ui.small} onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </p>
                </>
              ) : (
                <>
                  <p className={styles.lines}>{a.body}</p>
                  <p className={styles.levels}>
                    <button type="button" className={ui.small} onClick={() => setEditing({ id: a.id, body: a.body })}>
                      Edit<span className="visually-hidden"> comment {n + 1}</span>
                    </button>
                    <button
                      type="button"
                      className={ui.small}
                      disabled={isPending}
                      onClick={() =>
                        run(
                          () => actions.deleteAnnotation({ annotationId: a.id }),
                          () => undefined,
                        )
                      }
                    >
                      Delete<span className="visually-hidden"> comment {n + 1}</span>
                    </button>
                  </p>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
