import Link from 'next/link'
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
      <ul aria-label="Grouping" className={styles.viewOptions}>
        {option('One by one', { ...view, isGrouped: false }, !view.isGrouped)}
        {option(`Group identical answers (${counts.distinctAnswers} distinct)`, { ...view, isGrouped: true }, view.isGrouped)}
      </ul>
      <PageLinks view={view} shown={shown} />
    </div>
  )
}

export function PageLinks({ view, shown }: { view: ResponseView; shown: ResponsePage }) {
  if (shown.pages < 2) return null
  return (
    <nav aria-label="Pages of answers" className={styles.pager}>
      <span>
        Showing {shown.first}–{shown.last} of {shown.total}
      </span>
      <ul>
        {Array.from({ length: shown.pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            <Link href={responsesHref(view, n)} aria-current={n === shown.page ? 'page' : undefined} aria-label={`Page ${n}`}>
              {n}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
