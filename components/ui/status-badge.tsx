import { STATUS_LABEL, type StudentStatus, type Timing } from '@/lib/assignments/student-status'
import styles from './status-badge.module.css'

const TONE: Record<StudentStatus, string> = {
  NOT_STARTED: styles.neutral,
  READING: styles.info,
  IN_PROGRESS: styles.info,
  SUBMITTED: styles.success,
  GRADED: styles.success,
  FEEDBACK_AVAILABLE: styles.accent,
}

/** Status in words first; colour only repeats what the words say. */
export function StatusBadge({ status }: { status: StudentStatus }) {
  return <span className={`${styles.badge} ${TONE[status]}`}>{STATUS_LABEL[status]}</span>
}

export function TimingBadge({ timing, isLate, isDone }: { timing: Timing; isLate: boolean; isDone: boolean }) {
  if (timing === 'NOT_OPEN') return <span className={`${styles.badge} ${styles.neutral}`}>Not open yet</span>
  if (isDone) return isLate ? <span className={`${styles.badge} ${styles.warning}`}>Submitted late</span> : null
  if (timing === 'LATE') return <span className={`${styles.badge} ${styles.warning}`}>Late — still accepted</span>
  if (timing === 'CLOSED') return <span className={`${styles.badge} ${styles.danger}`}>Closed</span>
  return null
}
