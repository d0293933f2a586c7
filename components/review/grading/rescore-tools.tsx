'use client'
import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import type { RescoreState } from '@/lib/review/grading/rescore-summary'
import { useGradingActions } from './grading-actions'
import type { Rubric } from '@/lib/review/grading/rubric'
import { pointsOf, RubricPointsFields, withPoints } from './rubric-points-fields'
import ui from '@/components/ui/ui.module.css'
import styles from './grading.module.css'
import { countOf } from '@/lib/text/count-of'

function Summary({ state, isApplied }: { state: RescoreState; isApplied: boolean }) {
  if (!state.summary) return state.message ? <p className={`${styles.message} ${styles.error}`}>{state.message}</p> : null
  const s = state.summary
  return (
    <p className={styles.message} role="status">
      {isApplied ? 'Applied: ' : 'Preview: '}
      {s.moved === 0
        ? 'no score changes.'
        : `${countOf(s.moved, 'score')} ${isApplied ? 'changed' : 'would change'} (${s.up} up, ${s.down} down; ${s.totalDelta >= 0 ? '+' : ''}${s.totalDelta} points in all).`}
      {s.keptOverrides ? ` ${countOf(s.keptOverrides, 'score')} set by hand stay as they are.` : ''}
    </p>
  )
}

/**
 * Changing how a question is scored after grading began: edit the rubric's points, or regrade with
 * the corrected key. Both show a dry run first — how many scores move and by how much — and every
 * applied change is audited.
 */
export function RescoreTools({ assignmentId, questionId, rubric }: { assignmentId: string; questionId: string; rubric: Rubric | null }) {
  const router = useRouter()
  const actions = useGradingActions()
  const [points, setPoints] = useState(() => (rubric ? pointsOf(rubric) : {}))
  const [reason, setReason] = useState('')
  const [state, setState] = useState<RescoreState>({})
  const [isApplied, setApplied] = useState(false)
  const [isPending, startTransition] = useTransition()
  const run = (dryRun: boolean) =>
    startTransition(async () => {
      const input = {
        assignmentId,
        questionId,
        dryRun,
        ...(reason ? { reason } : {}),
        ...(rubric ? { rubric: withPoints(rubric, points) } : {}),
      }
      setState(await (rubric ? actions.editRubric(input) : actions.regradeQuestion(input)))
      setApplied(!dryRun)
      if (!dryRun) router.refresh()
    })
  // Apply only ever applies what was previewed: any edit asks for a new preview.
  const edit = (key: string, value: string) => {
    setPoints({ ...points, [key]: value })
    setState({})
    setApplied(false)
  }
  return (
    <details>
      <summary>{rubric ? 'Edit the rubric (re-scores graded answers)' : 'Regrade with the current key'}</summary>
      {rubric && <RubricPointsFields rubric={rubric} points={points} onChange={edit} />}
      {!rubric && (
        <p className={styles.help}>
          If this question’s key was corrected in the lesson content, answers marked against the old key are re-scored.
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="rescore-reason">Reason (kept in the audit log)</label>
        <input
          id="rescore-reason"
          className={`${ui.input} ${ui.compact}`}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <p className={styles.levels}>
        <button type="button" className={ui.small} disabled={isPending} onClick={() => run(true)}>
          Preview changes
        </button>
        <button
          type="button"
          className={`${ui.small} ${ui.smallFilled}`}
          disabled={isPending || !state.summary || isApplied}
          onClick={() => run(false)}
        >
          Apply
        </button>
      </p>
      <Summary state={state} isApplied={isApplied} />
    </details>
  )
}
