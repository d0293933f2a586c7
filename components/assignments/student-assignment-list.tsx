import Link from 'next/link'
import { LocalTime } from '@/components/ui/local-time'
import { StatusBadge, TimingBadge } from '@/components/ui/status-badge'
import type { StudentAssignmentView } from '@/lib/assignments/student-view'
import { describeTimeLeft } from '@/lib/time/describe-time-left'
import styles from './student-assignment-list.module.css'

const DONE = ['SUBMITTED', 'GRADED', 'FEEDBACK_AVAILABLE']

export function StudentAssignmentList({ assignments, now }: { assignments: StudentAssignmentView[]; now: Date }) {
  return (
    <ul className={styles.list}>
      {assignments.map((a) => {
        const isDone = DONE.includes(a.status)
        const deadline = a.timing === 'LATE' ? a.window.closesAt : a.window.dueAt
        return (
          <li key={a.id} className={styles.item}>
            <div className={styles.main}>
              <h3 className={styles.title}>
                <Link href={`/assignments/${a.id}`}>{a.title}</Link>
              </h3>
              <p className={styles.meta}>
                {a.className} · due <LocalTime iso={a.window.dueAt.toISOString()} />
                {a.window.isAdjusted && ' (your extended date)'}
              </p>
            </div>
            <div className={styles.side}>
              <StatusBadge status={a.status} /> <TimingBadge timing={a.timing} isLate={a.isLate} isDone={isDone} />
              {!isDone && a.timing !== 'CLOSED' && a.timing !== 'NOT_OPEN' && (
                <p className={styles.left}>
                  {a.timing === 'LATE' ? 'Late work closes: ' : ''}
                  {describeTimeLeft(deadline, now)}
                </p>
              )}
              {a.timing === 'NOT_OPEN' && (
                <p className={styles.left}>
                  Opens <LocalTime iso={a.window.opensAt.toISOString()} />
                </p>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
