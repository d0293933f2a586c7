'use client'
import { useState } from 'react'
import type { Rubric } from '@/lib/review/grading/rubric'
import type { GradeChoice } from './use-grade'
import ui from '@/components/ui/ui.module.css'
import styles from './grading.module.css'

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
 * Rubric levels as buttons (number keys pick them on the grading-by-question page), per-criterion
 * selects for essays, and a score set by hand with its reason for anything else.
 */
export function GradeControls(props: {
  rubric: Rubric | null
  points: number
  response: GradableResponse
  isPending: boolean
  onGrade(choice: GradeChoice): void
  idPrefix: string
}) {
  const { rubric, response } = props
  const [criteria, setCriteria] = useState<Record<string, string>>(response.rubricScores ?? {})
  const [score, setScore] = useState('')
  const [reason, setReason] = useState('')
  return (
    <div>
      {rubric?.kind === 'levels' && (
        <div className={styles.levels} role="group" aria-label="Rubric levels">
          {rubric.levels.map((l, i) => (
            <button
              key={l.id}
              type="button"
              className={`${ui.small} ${styles.level}`}
              aria-pressed={response.rubricLevelId === l.id}
              disabled={props.isPending}
              title={l.description}
              onClick={() => props.onGrade({ levelId: l.id })}
            >
              <span className={styles.kbd} aria-hidden="true">
                {i + 1}
              </span>{' '}
              {l.label} ({l.points})
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
            <div key={c.id} className={styles.criterion}>
              <label htmlFor={`${props.idPrefix}-${c.id}`}>{c.criterion}</label>
              <select
                id={`${props.idPrefix}-${c.id}`}
                value={criteria[c.id] ?? ''}
                onChange={(e) => setCriteria({ ...criteria, [c.id]: e.target.value })}
              >
                <option value="">— choose a level —</option>
                {c.levels.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.label} ({l.points}) — {l.description.slice(0, 80)}
                  </option>
                ))}
              </select>
            </div>
          ))}
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
