import type { QuestionStat } from './item-statistics'

// Pure: what an instructor should notice about a question, in words. Thresholds follow common
// practice in classical test theory; with few students they are hints, not verdicts.

export const FEW_STUDENTS = 20

export function questionNotes(q: Pick<QuestionStat, 'facility' | 'discrimination' | 'pending'>): string[] {
  const notes: string[] = []
  if (q.facility !== null && q.facility < 0.3) notes.push('hard')
  if (q.facility !== null && q.facility > 0.9) notes.push('easy')
  if (q.discrimination !== null && q.discrimination < 0) notes.push('weaker students did better — check the key and wording')
  else if (q.discrimination !== null && q.discrimination < 0.2) notes.push('does not separate strong from weak')
  if (q.pending > 0) notes.push(`${q.pending} awaiting grading`)
  return notes
}

/** "75%" */
export const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`)

/** "+0.45", "−0.20" (a true minus sign, which screen readers say as "minus"). */
export const signed = (v: number | null) => (v === null ? '—' : `${v < 0 ? '−' : v > 0 ? '+' : ''}${Math.abs(v).toFixed(2)}`)
