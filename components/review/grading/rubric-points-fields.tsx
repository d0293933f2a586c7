import type { Rubric } from '@/lib/review/grading/rubric'
import styles from './grading.module.css'
import ui from '@/components/ui/ui.module.css'

// The points of every rubric level as number fields, keyed "level" for a one-scale rubric and
// "criterion/level" for an essay's criteria. Labels and descriptions stay as written in the
// lesson; only the points are the instructor's to change here.

export type PointsByKey = Record<string, string>

const key = (criterionId: string | null, levelId: string) => (criterionId ? `${criterionId}/${levelId}` : levelId)

export function pointsOf(rubric: Rubric): PointsByKey {
  if (rubric.kind === 'levels') return Object.fromEntries(rubric.levels.map((l) => [key(null, l.id), String(l.points)]))
  return Object.fromEntries(rubric.criteria.flatMap((c) => c.levels.map((l) => [key(c.id, l.id), String(l.points)])))
}

/** The rubric with the typed points; the server checks them (numbers, top levels adding up). */
export function withPoints(rubric: Rubric, points: PointsByKey): Rubric {
  if (rubric.kind === 'levels')
    return { kind: 'levels', levels: rubric.levels.map((l) => ({ ...l, points: Number(points[key(null, l.id)]) })) }
  return {
    kind: 'criteria',
    criteria: rubric.criteria.map((c) => ({ ...c, levels: c.levels.map((l) => ({ ...l, points: Number(points[key(c.id, l.id)]) })) })),
  }
}

function LevelFields({
  criterionId,
  levels,
  points,
  onChange,
}: {
  criterionId: string | null
  levels: { id: string; label: string }[]
  points: PointsByKey
  onChange: (key: string, value: string) => void
}) {
  return (
    <div className={styles.levels}>
      {levels.map((l) => {
        const k = key(criterionId, l.id)
        return (
          <div key={k} className={styles.field}>
            <label htmlFor={`rubric-${k}`}>{l.label}</label>
            <input
              id={`rubric-${k}`}
              className={`${ui.input} ${ui.compact}`}
              type="number"
              min={0}
              step={0.5}
              value={points[k]}
              onChange={(e) => onChange(k, e.target.value)}
            />
          </div>
        )
      })}
    </div>
  )
}

export function RubricPointsFields({
  rubric,
  points,
  onChange,
}: {
  rubric: Rubric
  points: PointsByKey
  onChange: (key: string, value: string) => void
}) {
  if (rubric.kind === 'levels') return <LevelFields criterionId={null} levels={rubric.levels} points={points} onChange={onChange} />
  return rubric.criteria.map((c) => (
    <fieldset key={c.id} className={styles.criterionPoints}>
      <legend>{c.criterion}</legend>
      <LevelFields criterionId={c.id} levels={c.levels} points={points} onChange={onChange} />
    </fieldset>
  ))
}
