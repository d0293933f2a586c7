import { BarChart } from '@/components/review/charts/bar-chart'
import chart from '@/components/review/charts/charts.module.css'
import type { ItemAnalysis } from '@/lib/review/item-analysis'
import { percent } from '@/lib/review/question-notes'
import styles from './analysis.module.css'
import { ScrollBox } from './scroll-box'

export function SkillSection({ analysis }: { analysis: ItemAnalysis }) {
  const low = analysis.lowestSkill
  return (
    <section aria-labelledby="by-skill">
      <h3 id="by-skill">By skill</h3>
      <div className={chart.pair}>
        <BarChart
          id="skill-chart"
          title="Facility by skill"
          description={low ? `Weakest skill: ${low.label}, ${percent(low.facility)} of the points.` : 'No graded answers yet.'}
          rows={analysis.skills.map((s) => ({ key: s.key, label: `${s.label}${s.key === low?.key ? ' — lowest' : ''}`, value: s.facility, valueText: percent(s.facility), isHighlighted: s.key === low?.key }))}
        />
        <ScrollBox label="Facility by skill, table">
          <table className={styles.table}>
            <caption className="visually-hidden">Facility by skill</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col" className={styles.num}>Questions</th>
                <th scope="col" className={styles.num}>Facility</th>
              </tr>
            </thead>
            <tbody>
              {analysis.skills.map((s) => (
                <tr key={s.key}>
                  <th scope="row">
                    {s.label}
                    {s.key === low?.key && <span className={styles.note}> lowest</span>}
                  </th>
                  <td className={styles.num}>{s.questions}</td>
                  <td className={styles.num}>{percent(s.facility)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </section>
  )
}
