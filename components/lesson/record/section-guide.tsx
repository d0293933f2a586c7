import type { SectionView } from '@/lib/content/record-view'
import { SKILL_LABELS } from '@/lib/quiz/types/shared'
import { Prose } from '../prose'
import styles from './record.module.css'

/** The reading guide for one part of the record, set just before its paragraphs. */
export function SectionGuide({ view, total, slug }: { view: SectionView; total: number; slug: string }) {
  const { section, number } = view
  const first = section.paragraphs[0].slice(1)
  const last = section.paragraphs.at(-1)!.slice(1)
  return (
    <div className={styles.guide}>
      <p className={styles.guideKicker}>
        {`Reading guide · part ${number} of ${total} · ${first === last ? `¶${first}` : `¶${first}–¶${last}`}`}
      </p>
      <h3 className={styles.guideTitle} id={`part-${section.id}-title`}>
        {section.title}
      </h3>
      <p className={styles.guideSummary}>
        <Prose text={section.summary} slug={slug} inPage />
      </p>
      <p className={styles.questionsLabel}>Questions to read with</p>
      <ul className={styles.questions}>
        {section.questions.map((question) => (
          <li key={question.text}>
            <span className={styles.skill}>{SKILL_LABELS[question.skill]}</span> <Prose text={question.text} slug={slug} inPage />
          </li>
        ))}
      </ul>
    </div>
  )
}
