import { BarChart } from '@/components/review/charts/bar-chart'
import chart from '@/components/review/charts/charts.module.css'
import type { ItemAnalysis } from '@/lib/review/item-analysis'
import { percent } from '@/lib/review/question-notes'
import styles from './analysis.module.css'
import { ScrollBox } from './scroll-box'

/** Facility by paragraph of the record: where the class misread the document. */
export function ParagraphSection({ analysis }: { analysis: ItemAnalysis }) {
  const low = analysis.lowestParagraph
  const rows = analysis.paragraphs.map((p) => ({
    key: p.key,
    label: `${p.label}${p.key === low?.key ? ' — lowest' : ''}`,
    value: p.facility,
    valueText: percent(p.facility),
    isHighlighted: p.key === low?.key,
  }))
  return (
    <section aria-labelledby="by-paragraph">
      <h3 id="by-paragraph">By paragraph of the record</h3>
      <div className={chart.pair}>
        <BarChart
          id="paragraph-chart"
          title="Facility by paragraph of the record"
          description={low ? `Lowest: ${low.label} at ${percent(low.facility)} of the points on its ${low.questions} question${low.questions === 1 ? '' : 's'}.` : 'No graded answers yet.'}
          rows={rows}
        />
        <ScrollBox label="Facility by paragraph, table">
          <table className={styles.table}>
            <caption className="visually-hidden">Facility by paragraph, with each paragraph’s opening words</caption>
            <thead>
              <tr>
                <th scope="col">Paragraph</th>
                <th scope="col">Opens with</th>
                <th scope="col" className={styles.num}>Questions</th>
                <th scope="col" className={styles.num}>Facility</th>
              </tr>
            </thead>
            <tbody>
              {analysis.paragraphs.map((p) => (
                <tr key={p.key}>
                  <th scope="row">
                    {p.label}
                    {p.key === low?.key && <span className={styles.note}> lowest</span>}
                  </th>
                  <td className={styles.excerpt}>{p.excerpt}</td>
                  <td className={styles.num}>{p.questions}</td>
                  <td className={styles.num}>{percent(p.facility)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </section>
  )
}
