'use client'
import { useEffect, useRef, useState } from 'react'
import { useRouter } from 'next/navigation'
import type { TQuestion } from '@/lib/quiz/question-schema'
import type { ResponsePage, ShownResponse } from '@/lib/review/grading/response-page'
import type { Rubric } from '@/lib/review/grading/rubric'
import { CommentBox } from './comment-box'
import { GradeControls } from './grade-controls'
import { PassageAnswer, PassageComments, PassageProvider } from './passage-comments'
import { responsesHref, type ResponseView } from './response-href'
import { useGrade } from './use-grade'
import ui from '@/components/ui/ui.module.css'
import styles from './grading.module.css'
import { formatPoints } from '@/lib/quiz/points'
import { suggestionWords } from '@/lib/review/grading/suggestion-words'

interface Props {
  assignmentId: string
  setId: string
  question: TQuestion
  rubric: Rubric | null
  /** The page of answers, each already described as lines of text (answerAsLines, on the server). */
  shown: Omit<ResponsePage, 'items'> & { items: (ShownResponse & { lines: string[] })[] }
  view: ResponseView
}

/**
 * One page of the students' answers to one question. Keyboard first: J/K or ↓/↑ move between
 * answers (J past the last answer opens the next page), 1–9 pick a rubric level for the current
 * one, C jumps to its comment box, ? shows the keys. In the grouped view one action grades every
 * answer of a group.
 */
export function QuestionGrader({ assignmentId, setId, question, rubric, shown, view }: Props) {
  const router = useRouter()
  const { grade, isPending, message } = useGrade(assignmentId, question.id)
  const [current, setCurrent] = useState(0)
  const [showHelp, setShowHelp] = useState(false)
  const refs = useRef<(HTMLElement | null)[]>([])
  const visible = shown.items

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable]') || e.metaKey || e.ctrlKey || e.altKey) return
      const move = (by: number) => {
        if (current + by >= visible.length && shown.page < shown.pages) {
          e.preventDefault()
          router.push(responsesHref(view, shown.page + 1))
          return
        }
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
        if (level && row && row.members.length) {
          e.preventDefault()
          // In the "not yet graded" view the graded answer leaves the list and the next one takes its place.
          void grade(row.members, { levelId: level.id }).then((ok) => ok && !view.onlyUngraded && move(1))
        }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  // A refresh can remove the focused answer (graded, in the "not yet graded" view): keep the
  // keyboard where the grader was rather than dropping focus to the page.
  const firstShown = useRef(shown)
  useEffect(() => {
    if (shown === firstShown.current || document.activeElement !== document.body) return
    refs.current[Math.min(current, visible.length - 1)]?.focus()
  }, [shown, current, visible.length])

  return (
    <div className={styles.layout}>
      <div className={styles.toolbar}>
        <button type="button" className={ui.small} onClick={() => setShowHelp((s) => !s)} aria-expanded={showHelp}>
          Keyboard shortcuts
        </button>
      </div>
      {showHelp && (
        <p className={styles.help}>
          <span className={styles.kbd}>J</span>/<span className={styles.kbd}>↓</span> next answer (past the last, the next page) ·{' '}
          <span className={styles.kbd}>K</span>/<span className={styles.kbd}>↑</span> previous · <span className={styles.kbd}>1</span>–
          <span className={styles.kbd}>9</span> choose a rubric level and move on · <span className={styles.kbd}>C</span> write a comment ·{' '}
          <span className={styles.kbd}>?</span> show or hide this
        </p>
      )}
      {message && (
        <p className={`${styles.message} ${message.isError ? styles.error : styles.success}`} role="status" aria-live="polite">
          {message.text}
        </p>
      )}
      {visible.length === 0 && (
        <p>{view.onlyUngraded ? 'Every answer to this question is graded.' : 'No submitted attempt has reached this question yet.'}</p>
      )}
      {visible.map((row, i) => {
        // Passage comments belong to one answer: not offered on a group of identical ones.
        const text = row.responseId && row.groupSize === 1 ? row.text : null
        const card = (
          <article
            key={row.attemptId}
            ref={(el) => {
              refs.current[i] = el
            }}
            tabIndex={0}
            aria-label={`Answer ${shown.first + i} of ${shown.total}: ${row.studentLabel}`}
            className={`${styles.row} ${i === current ? styles.rowCurrent : ''} ${row.score !== null && row.responseId ? styles.rowGraded : ''}`}
            onFocus={(e) => e.target === e.currentTarget && setCurrent(i)}
          >
            <div>
              <div className={styles.rowHead}>
                <h2>
                  {row.studentLabel}
                  {row.groupSize > 1 && <span className={styles.group}> and {row.groupSize - 1} more with the same answer</span>}
                </h2>
                <span className={styles.score}>
                  {row.responseId
                    ? row.score === null
                      ? 'Not graded'
                      : `${formatPoints(row.score)} / ${formatPoints(question.points)}`
                    : 'Unanswered (0)'}
                  {row.score === null && row.suggested !== null && ` · ${suggestionWords(row.suggested, question.points)}`}
                </span>
              </div>
              {row.responseId && text !== null ? (
                <PassageAnswer annotations={row.annotations} idPrefix={`pa-${row.attemptId}`} />
              ) : row.responseId ? (
                <div className={styles.answer}>{row.lines.join('\n')}</div>
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
              <div className={styles.panel}>
                <GradeControls
                  rubric={rubric}
                  points={question.points}
                  idPrefix={`g-${row.attemptId}`}
                  isPending={isPending}
                  hasLevelKeys
                  response={{
                    id: row.responseId,
                    version: row.version,
                    score: row.score,
                    suggested: row.suggested,
                    rubricLevelId: row.rubricLevelId,
                    rubricScores: row.rubricScores,
                    overrideReason: row.overrideReason,
                  }}
                  onGrade={(choice) => void grade(row.members, choice)}
                />
                <CommentBox
                  assignmentId={assignmentId}
                  questionSetId={setId}
                  attemptId={row.attemptId}
                  responseId={row.responseId}
                  paragraphs={question.paragraphs}
                  idPrefix={`c-${row.attemptId}`}
                />
                {text !== null && (
                  <PassageComments responseId={row.responseId} annotations={row.annotations} idPrefix={`pa-${row.attemptId}`} />
                )}
              </div>
            )}
          </article>
        )
        return text !== null ? (
          <PassageProvider key={row.attemptId} text={text}>
            {card}
          </PassageProvider>
        ) : (
          card
        )
      })}
    </div>
  )
}
