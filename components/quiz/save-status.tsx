import type { SaveStatus } from './autosave-queue'
import styles from './quiz.module.css'

const TEXT: Record<SaveStatus, string> = {
  saved: 'All answers saved',
  saving: 'Saving…',
  offline: 'Offline — your answers are kept on this device and will be sent',
  // 503 (no database connection free) or 429 (this attempt sent too much at once): either way the
  // server asked to wait, and the queue sends again by itself when the wait is over.
  busy: 'The server is busy — your answers are kept on this device and will be sent in a moment',
  'signed-out': 'Signed out — your answers are kept on this device. Sign in again to send them.',
  closed: 'This attempt is closed',
  error: 'An answer could not be saved',
}

export function SaveStatusLine({ status, message }: { status: SaveStatus; message?: string }) {
  return (
    <p className={`${styles.saveStatus} ${styles[`status_${status.replace('-', '_')}`] ?? ''}`} role="status" aria-live="polite">
      <span aria-hidden="true">{status === 'saved' ? '✓ ' : status === 'saving' ? '… ' : '! '}</span>
      {TEXT[status]}
      {message && status !== 'saving' && status !== 'saved' ? `: ${message}` : ''}
    </p>
  )
}
