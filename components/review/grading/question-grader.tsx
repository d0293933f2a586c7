'use client'
import { useEffect, useRef, useState } from 'react'
import type { TQuestion } from '@/lib/quiz/question-schema'
import { describeAnswer } from '@/lib/review/grading/describe-answer'
import type { QuestionResponseRow } from '@/lib/review/grading/list-question-responses'
import type { Rubric } from '@/lib/review/grading/rubric'
import { CommentBox } from './comment-box'
import { GradeControls } from './grade-controls'
import { useGrade } from './use-grade'
import styles from './grading.module.css'

interface Props {
  assignmentId: string
  setId: string
  question: TQuestion
  rubric: Rubric | null
  rows: QuestionResponseRow[]
  sentences: Record<string, { id: string; text: string }[]>
}

/**
 * Every student's answer to one question. Keyboard first: J/K or ↓/↑ move between answers,
 * 1–9 pick a rubric level for the current one, C jumps to its comment box, ? shows the keys.
 * "Group identical answers" grades every answer of a group with one action.
 */
export function QuestionGrader({ assignmentId, setId, question, rubric, rows, sentences }: Props) {
  const { grade, isPending, message } = useGrade(assignmentId, question.id)
  const [current, setCurrent] = useState(0)
  const [isGrouped, setGrouped] = useState(false)
  const [showHelp, setShowHelp] = useState(false)
  const refs = useRef<(HTMLElement | null)[]>([])

  const groups = new Map<string, QuestionResponseRow[]>()
  for (const r of rows) if (r.groupKey) groups.set(r.groupKey, [...(groups.get(r.groupKey) ?? []), r])
  const visible = isGrouped ? rows.filter((r) => !r.groupKey || groups.get(r.groupKey)![0] === r) : rows
  const members = (r: QuestionResponseRow) => (isGrouped && r.groupKey ? groups.get(r.groupKey)! : [r])
  const gradable = (r: QuestionResponseRow) => members(r).filter((m) => m.responseId).map((m) => ({ id: m.responseId!, version: m.version }))

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable]') || e.metaKey || e.ctrlKey || e.altKey) return
      const move = (by: number) => {
        const next = Math.max(0, Math.min(visible.length - 1, current + by))
        setCurrent(next)
        refs.current[next]?.focus()
        e.preventDefault()
      }
      if (e.key === 'j' || e.key === 'ArrowDown') move(1)
      else if (e.key === 'k' || e.key === 'ArrowUp') move(-1)
      else if (e.key === '?') setShowHelp((s) => !s)
      else if (e.key === 'c') {
        refs.current[current]?.querySelector<HTMLTextAreaElement>('[data-comment-box]')?.focus()
        e.preventDefault()
      } else if (/^[1-9]$/.test(e.key) && rubric?.kind === 'levels') {
        const level = rubric.levels[Number(e.key) - 1]
        const row = visible[current]
        if (level && row && gradable(row).length) {
          e.preventDefault()
          void grade(gradable(row), { levelId: level.id }).then((ok) => ok && move(1))
        }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const graded = rows.filter((r) => r.responseId && r.score !== null).length
  const answered = rows.filter((r) => r.responseId).length
  return (
    <div className={styles.layout}>
      <div className={styles.toolbar}>
        <p className={styles.message}>
          {graded} of {answered} answers graded · {rows.length - answered} unanswered
        </p>
        <label>
          <input type="checkbox" checked={isGrouped} onChange={(e) => setGrouped(e.target.checked)} /> Group identical answers ({groups.size} distinct of {answered})
        </label>
        <button type="button" className={styles.smallButton} onClick={() => setShowHelp((s) => !s)} aria-expanded={showHelp}>
          Keyboard shortcuts
        </button>
      </div>
      {showHelp && (
        <p className={styles.help}>
          <span className={styles.kbd}>J</span>/<span className={styles.kbd}>↓</span> next answer · <span className={styles.kbd}>K</span>/<span className={styles.kbd}>↑</span> previous ·{' '}
          <span className={styles.kbd}>1</span>–<span className={styles.kbd}>9</span> choose a rubric level and move on · <span className={styles.kbd}>C</span> write a comment ·{' '}
          <span className={styles.kbd}>?</span> show or hide this
        </p>
      )}
      {message && (
        <p className={`${styles.message} ${message.isError ? styles.error : styles.success}`} role="status" aria-live="polite">
          {message.text}
        </p>
      )}
      {visible.map((row, i) => {
        const group = members(row)
        const lines = describeAnswer(question, row.answer, sentences)
        return (
          <article
            key={row.attemptId}
            ref={(el) => {
              refs.current[i] = el
            }}
            tabIndex={0}
            aria-label={`Answer ${i + 1} of ${visible.length}: ${row.studentLabel}`}
            className={`${styles.row} ${i === current ? styles.rowCurrent : ''} ${row.score !== null && row.responseId ? styles.rowGraded : ''}`}
            onFocus={(e) => e.target === e.currentTarget && setCurrent(i)}
          >
            <div>
              <div className={styles.rowHead}>
                <h2>
                  {row.studentLabel}
                  {group.length > 1 && <span className={styles.group}> and {group.length - 1} more with the same answer</span>}
                </h2>
                <span className={styles.score}>
                  {row.responseId ? (row.score === null ? 'Not graded' : `${row.score} / ${question.points}`) : 'Unanswered (0)'}
                  {row.score === null && row.suggested !== null && ` · suggested ${row.suggested}`}
                </span>
              </div>
              {row.responseId ? (
                <div className={styles.answer}>{lines.join('\n')}</div>
              ) : (
                <p className={styles.unanswered}>No answer was given.</p>
              )}
              {row.comments.length > 0 && (
                <ul className={styles.comments} aria-label="Comments">
                  {row.comments.map((c) => (
                    <li key={c.id}>
                      {c.body}
                      {c.quotedParagraph && ` (quotes ${c.quotedParagraph.replace('p', '¶')})`}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {row.responseId && (
              <div>
                <GradeControls
                  rubric={rubric}
                  points={question.points}
                  idPrefix={`g-${row.attemptId}`}
                  isPending={isPending}
                  response={{ id: row.responseId, version: row.version, score: row.score, suggested: row.suggested, rubricLevelId: row.rubricLevelId, rubricScores: row.rubricScores, overrideReason: row.overrideReason }}
                  onGrade={(choice) => void grade(gradable(row), choice)}
                />
                <CommentBox assignmentId={assignmentId} questionSetId={setId} attemptId={row.attemptId} responseId={row.responseId} paragraphs={question.paragraphs} idPrefix={`c-${row.attemptId}`} />
              </div>
            )}
          </article>
        )
      })}
    </div>
  )
}
