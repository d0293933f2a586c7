import Link from 'next/link'
import { BarChart } from '@/components/review/charts/bar-chart'
import chart from '@/components/review/charts/charts.module.css'
import type { ItemAnalysis } from '@/lib/review/item-analysis'
import { skillLabel } from '@/lib/review/item-statistics'
import { percent } from '@/lib/review/question-notes'
import styles from './analysis.module.css'
import { ScrollBox } from './scroll-box'
import { countOf } from '@/lib/text/count-of'

/** Did the students who skipped the essays miss the context questions? Scores by what each opened. */
export function ReadingSection({ analysis, readingHref }: { analysis: ItemAnalysis; readingHref?: string }) {
  const skills = analysis.skills.map((s) => s.key)
  const [essay] = analysis.reading
  const [opened, none] = essay.groups
  // Context questions are what the essays are for; without any, the skill where readers differ most.
  const gap = (s: string) => Math.abs((opened.bySkill[s] ?? 0) - (none.bySkill[s] ?? 0))
  const focus = skills.includes('contextualisation') ? 'contextualisation' : [...skills].sort((a, b) => gap(b) - gap(a))[0]
  const headline =
    focus && opened.students > 0 && none.students > 0
      ? `On ${skillLabel(focus).toLowerCase()} questions, students who opened at least one essay scored ${percent(opened.bySkill[focus])}; those who opened none scored ${percent(none.bySkill[focus])}.`
      : 'Not enough students on both sides yet to compare readers of the essays with the rest.'
  return (
    <section aria-labelledby="by-reading">
      <h3 id="by-reading">Reading and results</h3>
      <p className={styles.summary}>{headline}</p>
      <p className={styles.muted}>
        Reading is counted whenever it happened, before or after the quiz; this shows a pattern, not a cause.
        {readingHref && (
          <>
            {' '}
            <Link href={readingHref}>Reading by student and part of the lesson</Link>
          </>
        )}
      </p>
      {analysis.reading.map((split, i) => (
        <div key={split.title} className={chart.pair}>
          {split.groups.every((g) => g.students > 0) ? (
            <BarChart
              id={`reading-chart-${i}`}
              title={`Facility by skill: ${split.groups.map((g) => `${g.label.toLowerCase()} (${g.students})`).join(' against ')}`}
              description={split.groups.map((g) => `${g.label}: ${percent(g.overall)} overall`).join('; ')}
              rows={skills.flatMap((s) =>
                split.groups.map((g) => ({
                  key: `${s}-${g.label}`,
                  group: skillLabel(s),
                  label: `${g.shortLabel} (${countOf(g.students, 'student')})`,
                  value: g.bySkill[s],
                  valueText: percent(g.bySkill[s]),
                })),
              )}
            />
          ) : (
            <p>
              Nothing to compare: {split.groups.find((g) => g.students > 0)?.label.toLowerCase() ?? 'no student'} — all {analysis.students}{' '}
              of them.
            </p>
          )}
          <ScrollBox label={`Facility by skill, ${split.title.toLowerCase()} or not, table`}>
            <table className={styles.table}>
              <caption className="visually-hidden">Facility by skill, {split.title.toLowerCase()} or not</caption>
              <thead>
                <tr>
                  <th scope="col">Students</th>
                  <th scope="col" className={styles.num}>
                    Number
                  </th>
                  {skills.map((s) => (
                    <th key={s} scope="col" className={styles.num}>
                      {skillLabel(s)}
                    </th>
                  ))}
                  <th scope="col" className={styles.num}>
                    Overall
                  </th>
                </tr>
              </thead>
              <tbody>
                {split.groups.map((g) => (
                  <tr key={g.label}>
                    <th scope="row">{g.label}</th>
                    <td className={styles.num}>{g.students}</td>
                    {skills.map((s) => (
                      <td key={s} className={styles.num}>
                        {percent(g.bySkill[s])}
                      </td>
                    ))}
                    <td className={styles.num}>{percent(g.overall)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      ))}
    </section>
  )
}
