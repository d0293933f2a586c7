import { BarChart } from '@/components/review/charts/bar-chart'
import chart from '@/components/review/charts/charts.module.css'
import type { ItemAnalysis } from '@/lib/review/item-analysis'
import { skillLabel } from '@/lib/review/item-statistics'
import { percent, questionNotes, signed } from '@/lib/review/question-notes'
import styles from './analysis.module.css'
import { ScrollBox } from './scroll-box'
import { questionLabel } from '@/lib/quiz/question-number'

const short = (text: string, max = 30) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`)

export function QuestionSection({ analysis }: { analysis: ItemAnalysis }) {
  const { questions, groupSize } = analysis
  const negatives = questions.filter((q) => q.discrimination !== null && q.discrimination < 0)
  const hardest = questions.reduce<(typeof questions)[number] | null>(
    (low, q) => (q.facility !== null && (!low || q.facility < low.facility!) ? q : low),
    null,
  )
  return (
    <section aria-labelledby="by-question">
      <h3 id="by-question">By question</h3>
      <p className={styles.muted}>
        Facility: the share of the points the class scored (unanswered counts zero; answers awaiting a grader are left out until graded).
        Discrimination: facility among the top {groupSize} students by total on this quiz minus facility among the bottom {groupSize} (27%
        each), from −1 to +1; below +0.20 the question barely separates strong from weak readers.
      </p>
      <div className={chart.pair}>
        <BarChart
          id="facility-chart"
          title="Facility by question"
          description={hardest ? `Hardest: question ${hardest.number} at ${percent(hardest.facility)}.` : 'No graded answers yet.'}
          rows={questions.map((q) => ({
            key: q.id,
            label: `${questionLabel(q.number)}. ${short(q.prompt)}${q === hardest ? ' — hardest' : ''}`,
            value: q.facility,
            valueText: percent(q.facility),
            isHighlighted: q === hardest,
          }))}
        />
        <BarChart
          id="discrimination-chart"
          kind="dot"
          domain={[-1, 1]}
          title="Discrimination by question, from −1 to +1"
          description={
            negatives.length
              ? `Weaker students did better on question${negatives.length === 1 ? '' : 's'} ${negatives.map((q) => q.number).join(', ')}.`
              : 'No question favoured weaker students.'
          }
          rows={questions.map((q) => {
            const isNegative = q.discrimination !== null && q.discrimination < 0
            return {
              key: q.id,
              label: `${questionLabel(q.number)}${isNegative ? ' — weaker students did better' : ''}`,
              value: q.discrimination,
              valueText: signed(q.discrimination),
              isHighlighted: isNegative,
            }
          })}
        />
      </div>
      <ScrollBox label="Questions, table">
        <table className={styles.table}>
          <caption className="visually-hidden">Each question’s counts, facility and discrimination</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Question</th>
              <th scope="col">Skill</th>
              <th scope="col">Paragraphs</th>
              <th scope="col" className={styles.num}>
                Answered
              </th>
              <th scope="col" className={styles.num}>
                Unanswered
              </th>
              <th scope="col" className={styles.num}>
                Facility
              </th>
              <th scope="col" className={styles.num}>
                Discrimination
              </th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id}>
                <th scope="row">{questionLabel(q.number)}</th>
                <td className={styles.prompt}>{q.prompt}</td>
                <td>{skillLabel(q.skill)}</td>
                <td>{q.paragraphs.map((p) => `¶${p.slice(1)}`).join(' ')}</td>
                <td className={styles.num}>{q.answered}</td>
                <td className={styles.num}>{q.unanswered}</td>
                <td className={styles.num}>{percent(q.facility)}</td>
                <td className={styles.num}>{signed(q.discrimination)}</td>
                <td className={styles.note}>{questionNotes(q).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  )
}
