import type { AnswerDescription } from '@/lib/quiz/types'
import styles from '../quiz.module.css'

/** An answer's lines as a paragraph, a list, a numbered list, or student text (rendered as text, never HTML). */
export function AnswerLines({ description, as }: { description: AnswerDescription; as: 'p' | 'ul' | 'ol' | 'text' }) {
  const { lines } = description
  if (as === 'p') return <p>{lines.join(' ')}</p>
  if (as === 'text') return <p className={styles.studentText}>{lines.join('\n')}</p>
  const items = lines.map((line, i) => <li key={i}>{line}</li>)
  return as === 'ol' ? <ol>{items}</ol> : <ul>{items}</ul>
}

/** The text of an option, or a dash when it no longer exists. */
export const labelOf = (list: { id: string; text: string }[], id: string | undefined) => list.find((x) => x.id === id)?.text ?? '—'
