'use client'
import { useState } from 'react'
import type { Rubric } from '@/lib/review/grading/rubric'
import type { GradeChoice } from './use-grade'
import ui from '@/components/ui/ui.module.css'
import styles from './grading.module.css'
import { formatPoints } from '@/lib/quiz/points'

export interface GradableResponse {
  id: string
  version: number
  score: number | null
  suggested: number | null
  rubricLevelId: string | null
  rubricScores: Record<string, string> | null
  overrideReason: string | null
}

/**
 * Rubric levels as buttons (number keys pick them on the grading-by-question page), and for essays
 * one group of radio cards per criterion — every level's whole description in view, arrow keys
 * moving between levels — and a score set by hand with its reason for anything else.
 */
export function GradeControls(props: {
  rubric: Rubric | null
  points: number
  response: GradableResponse
  isPending: boolean
  onGrade(choice: GradeChoice): void
  idPrefix: string
  /** Number keys choose a level on this screen: show each level's key. */
  hasLevelKeys?: boolean
}) {
  const { rubric, response } = props
  const [criteria, setCriteria] = useState<Record<string, string>>(response.rubricScores ?? {})
  const [score, setScore] = useState('')
  const [reason, setReason] = useState('')
  const chosen = rubric?.kind === 'criteria' ? rubric.criteria.map((c) => c.levels.find((l) => l.id === criteria[c.id])) : []
  const chosenTotal = chosen.length && chosen.every(Boolean) ? chosen.reduce((sum, l) => sum + l!.points, 0) : null
  return (
    <div>
      {rubric?.kind === 'levels' && (
        <div className={styles.levelList} role="group" aria-label="Rubric levels">
          {rubric.levels.map((l, i) => (
            <button
              key={l.id}
              type="button"
              className={`${ui.small} ${styles.level}`}
              aria-pressed={response.rubricLevelId === l.id}
              disabled={props.isPending}
              onClick={() => props.onGrade({ levelId: l.id })}
            >
              <span className={styles.levelHead}>
                {props.hasLevelKeys && (
                  <span className={styles.kbd} aria-hidden="true">
                    {i + 1}
                  </span>
                )}{' '}
                {l.label} ({formatPoints(l.points)})
              </span>
              <span className={styles.levelText}>{l.description}</span>
            </button>
          ))}
        </div>
      )}
      {rubric?.kind === 'criteria' && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            props.onGrade({ criteria })
          }}
        >
          {rubric.criteria.map((c) => (
            <fieldset key={c.id} className={styles.criterion}>
              <legend>{c.criterion}</legend>
              {c.levels.map((l) => {
                const id = `${props.idPrefix}-${c.id}-${l.id}`
                return (
                  <label key={l.id} htmlFor={id} className={styles.levelCard}>
                    <input
                      id={id}
                      type="radio"
                      name={`${props.idPrefix}-${c.id}`}
                      value={l.id}
                      checked={criteria[c.id] === l.id}
                      onChange={() => setCriteria({ ...criteria, [c.id]: l.id })}
                    />
                    <span>
                      <span className={styles.levelHead}>
                        {l.label} ({formatPoints(l.points)})
                      </span>
                      <span className={styles.levelText}>{l.description}</span>
                    </span>
                  </label>
                )
              })}
            </fieldset>
          ))}
          <p className={styles.total}>
            {chosenTotal === null
              ? `Choose a level for each criterion (${rubric.criteria.filter((c) => criteria[c.id]).length} of ${rubric.criteria.length} chosen).`
              : `Total: ${formatPoints(chosenTotal)} / ${formatPoints(props.points)}`}
          </p>
          <button type="submit" className={`${ui.small} ${ui.smallFilled}`} disabled={props.isPending}>
            Save rubric grade
          </button>
        </form>
      )}
      <details>
        <summary>Set the score by hand{response.overrideReason ? ` (now: “${response.overrideReason}”)` : ''}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            props.onGrade({ score: Number(score), reason })
          }}
        >
          <div className={styles.field}>
            <label htmlFor={`${props.idPrefix}-score`}>Score (0–{props.points})</label>
            <input
              id={`${props.idPrefix}-score`}
              className={`${ui.input} ${ui.compact}`}
              type="number"
              min={0}
              max={props.points}
              step={0.5}
              value={score}
              onChange={(e) => setScore(e.target.value)}
              required
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${props.idPrefix}-reason`}>Reason (kept in the audit log)</label>
            <input
              id={`${props.idPrefix}-reason`}
              className={`${ui.input} ${ui.compact}`}
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
              required
            />
          </div>
          <button type="submit" className={ui.small} disabled={props.isPending}>
            Save score
          </button>
        </form>
      </details>
    </div>
  )
}
