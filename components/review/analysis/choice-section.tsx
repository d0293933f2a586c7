import { InlineBar } from '@/components/review/charts/bar-chart'
import type { ItemAnalysis } from '@/lib/review/item-analysis'
import type { ChoicePart } from '@/lib/review/item-statistics'
import { percent } from '@/lib/review/question-notes'
import styles from './analysis.module.css'
import { ScrollBox } from './scroll-box'
import { countOf } from '@/lib/text/count-of'
import { questionLabel } from '@/lib/quiz/question-number'

/** The wrong option picked most often, if anyone picked a wrong one: the class's shared misreading. */
function topDistractor(part: ChoicePart) {
  return part.options.filter((o) => !o.isCorrect && o.picks > 0).sort((a, b) => b.picks - a.picks)[0] ?? null
}

function ChoiceTable({ label, part }: { label: string; part: ChoicePart }) {
  const top = topDistractor(part)
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">
        {label}: {part.title}
      </caption>
      <thead>
        <tr>
          <th scope="col">{part.title}</th>
          <th scope="col" className={styles.num}>
            Picked by
          </th>
          <th scope="col" className={styles.barCell}>
            <span className="visually-hidden">Share, drawn</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {part.options.map((o) => (
          <tr key={o.id}>
            <td>
              {o.label}
              {o.isCorrect && <span className={styles.tag}> ✓ correct</span>}
              {o === top && <span className={`${styles.tag} ${styles.note}`}> most picked wrong answer</span>}
            </td>
            <td className={styles.num}>
              {o.picks} ({percent(o.share)})
            </td>
            <td className={styles.barCell}>
              <InlineBar value={o.share} isHighlighted={o === top} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Distractor analysis: for each question with options, how many students picked each one. */
export function ChoiceSection({ analysis }: { analysis: ItemAnalysis }) {
  const withOptions = analysis.questions.filter((q) => q.choiceParts.length > 0)
  if (withOptions.length === 0) return null
  return (
    <section aria-labelledby="by-choice">
      <h3 id="by-choice">Choices picked (distractor analysis)</h3>
      <p className={styles.muted}>
        Out of the {countOf(analysis.students, 'student')} analysed; on questions where several options may be picked the shares add up to
        more than 100%.
      </p>
      <div className={styles.choices}>
        {withOptions.map((q) => (
          <div key={q.id} className={styles.choice}>
            <h4>
              {questionLabel(q.number)}. {q.prompt}
            </h4>
            <ScrollBox label={`Choices picked on question ${q.number}`}>
              {q.choiceParts.map((part) => (
                <ChoiceTable key={part.part} label={`Question ${q.number}`} part={part} />
              ))}
            </ScrollBox>
          </div>
        ))}
      </div>
    </section>
  )
}
