import type { Rubric } from '@/lib/review/grading/rubric'
import { roundPoints } from '@/lib/quiz/points'
import { countOf } from '@/lib/text/count-of'
import styles from './print.module.css'

// A rubric as a table: one row per criterion (or one for a rubric of levels), its levels in
// order with their points and descriptions. Takes the public shape, which the full one also fits.

type Level = { label: string; points: number; description: string }
export type PrintedRubric = { criterion: string | null; levels: Level[] }[]

/** "1 point", "2.5 points". */
export const pointsOf = (n: number) => countOf(roundPoints(n), 'point')

/** A question's rubric (lib/review/grading/rubric.ts) in the table's shape. */
export const printedRubric = (rubric: Rubric): PrintedRubric =>
  rubric.kind === 'levels' ? [{ criterion: null, levels: rubric.levels }] : rubric.criteria

export function RubricTable({ rubric, caption }: { rubric: PrintedRubric; caption: string }) {
  return (
    <table className={styles.rubric}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Levels, with points</th>
        </tr>
      </thead>
      <tbody>
        {rubric.map((row, i) => (
          <tr key={i}>
            <th scope="row">{row.criterion ?? 'The answer as a whole'}</th>
            <td>
              <ul className={styles.levels}>
                {row.levels.map((level, j) => (
                  <li key={j}>
                    <strong>
                      {level.label} ({pointsOf(level.points)})
                    </strong>
                    : {level.description}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
