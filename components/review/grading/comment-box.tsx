'use client'
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useGradingActions } from './grading-actions'
import ui from '@/components/ui/ui.module.css'
import styles from './grading.module.css'

/**
 * A comment on one answer (or the whole attempt), with the grader's own comment bank for the
 * question set: search it, insert a saved comment, or save this one for next time. Comments may
 * quote a paragraph.
 */
export function CommentBox(props: {
  assignmentId: string
  questionSetId: string
  attemptId: string
  responseId?: string
  paragraphs: string[]
  idPrefix: string
}) {
  const router = useRouter()
  const { comment: commentAction, saveToBank: saveToBankAction, searchBank: searchBankAction } = useGradingActions()
  const [body, setBody] = useState('')
  const [quote, setQuote] = useState('')
  const [query, setQuery] = useState('')
  const [bank, setBank] = useState<{ id: string; body: string }[] | null>(null)
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null)
  const [isPending, startTransition] = useTransition()
  const run = (fn: () => Promise<{ ok?: boolean; message?: string }>, clear = false) =>
    startTransition(async () => {
      const result = await fn()
      setMessage({ text: result.message ?? '', isError: !result.ok })
      if (result.ok && clear) {
        setBody('')
        setQuote('')
        router.refresh()
      }
    })
  const search = () =>
    startTransition(async () =>
      setBank(await searchBankAction({ assignmentId: props.assignmentId, questionSetId: props.questionSetId, query })),
    )
  return (
    <div>
      <div className={styles.field}>
        <label htmlFor={`${props.idPrefix}-comment`}>
          {props.responseId ? 'Comment on this answer' : 'Overall comment on the attempt'}
        </label>
        <textarea
          id={`${props.idPrefix}-comment`}
          className={`${ui.input} ${ui.compact}`}
          data-comment-box
          rows={3}
          value={body}
          maxLength={5000}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      {props.paragraphs.length > 0 && (
        <div className={styles.field}>
          <label htmlFor={`${props.idPrefix}-quote`}>Quote a paragraph of the record (optional)</label>
          <select
            id={`${props.idPrefix}-quote`}
            className={`${ui.input} ${ui.compact}`}
            value={quote}
            onChange={(e) => setQuote(e.target.value)}
          >
            <option value="">— none —</option>
            {props.paragraphs.map((p) => (
              <option key={p} value={p}>
                {p.replace('p', '¶')}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className={styles.levels}>
        <button
          type="button"
          className={`${ui.small} ${ui.smallFilled}`}
          disabled={isPending || !body.trim()}
          onClick={() =>
            run(
              () =>
                commentAction({
                  attemptId: props.attemptId,
                  ...(props.responseId ? { responseId: props.responseId } : {}),
                  body,
                  ...(quote ? { quotedParagraph: quote } : {}),
                }),
              true,
            )
          }
        >
          Add comment
        </button>
        <button
          type="button"
          className={ui.small}
          disabled={isPending || !body.trim()}
          onClick={() => run(() => saveToBankAction({ assignmentId: props.assignmentId, questionSetId: props.questionSetId, body }))}
        >
          Save to comment bank
        </button>
      </p>
      <details onToggle={(e) => (e.currentTarget.open && bank === null ? search() : undefined)}>
        <summary>Your comment bank</summary>
        <div className={styles.field}>
          <label htmlFor={`${props.idPrefix}-bank`}>Search your saved comments</label>
          <input
            id={`${props.idPrefix}-bank`}
            className={`${ui.input} ${ui.compact}`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                search()
              }
            }}
          />
        </div>
        {bank && bank.length === 0 && <p className={styles.help}>No saved comments{query ? ' match' : ' yet'}.</p>}
        <ul className={styles.bank}>
          {bank?.map((c) => (
            <li key={c.id}>
              <span>{c.body}</span>
              <button type="button" className={ui.small} onClick={() => setBody((b) => (b ? `${b}\n${c.body}` : c.body))}>
                Insert<span className="visually-hidden"> this comment</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
      {message?.text && (
        <p className={`${styles.message} ${message.isError ? styles.error : styles.success}`} role="status">
          {message.text}
        </p>
      )}
    </div>
  )
}
