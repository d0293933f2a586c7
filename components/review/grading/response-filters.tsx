import Link from 'next/link'
import { PageLinks } from '@/components/ui/page-links'
import type { ResponsePage } from '@/lib/review/grading/response-page'
import { responsesHref, type ResponseView } from './response-href'
import styles from './grading.module.css'

/** What the grader is looking at: counts, the two view switches, and the page links. */
export function ResponseFilters({ view, shown }: { view: ResponseView; shown: ResponsePage }) {
  const { counts } = shown
  const option = (label: string, next: ResponseView, isCurrent: boolean) => (
    <li>
      <Link href={responsesHref(next)} aria-current={isCurrent ? 'true' : undefined} className={styles.viewOption}>
        {label}
      </Link>
    </li>
  )
  return (
    <div className={styles.filters}>
      <p className={styles.message}>
        {counts.graded} of {counts.answered} answers graded · {counts.students - counts.answered} unanswered
      </p>
      <ul aria-label="Which answers" className={styles.viewOptions}>
        {option('All answers', { ...view, onlyUngraded: false }, !view.onlyUngraded)}
        {option('Not yet graded', { ...view, onlyUngraded: true }, view.onlyUngraded)}
      </ul>
      {/* Only written answers group (choices and selected sentences have no text to compare), so the
          switch shows only when there is something to group: never "(0 distinct)". */}
      {counts.distinctAnswers > 0 && (
        <ul aria-label="Grouping" className={styles.viewOptions}>
          {option('One by one', { ...view, isGrouped: false }, !view.isGrouped)}
          {option(`Group identical answers (${counts.distinctAnswers} distinct)`, { ...view, isGrouped: true }, view.isGrouped)}
        </ul>
      )}
      <PageLinks page={shown} hrefFor={(n) => responsesHref(view, n)} label="Pages of answers" />
    </div>
  )
}
