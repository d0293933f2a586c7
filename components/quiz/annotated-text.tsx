import type { ReactNode } from 'react'
import styles from './quiz.module.css'

// A written answer with the grader's commented passages marked (<mark>), each followed by the
// number of its comment. Offsets count characters of the text as stored, end exclusive; passages
// may overlap. The text is rendered as text, never HTML. Anything added that is not the answer's
// own text carries data-not-answer, so the grading screen can turn a selection back into offsets.

export interface Passage {
  start: number
  end: number
}

/** The text cut at every passage boundary: each piece with the passages (by index) covering it and those ending after it. */
export function segmentsOf(length: number, passages: Passage[]) {
  const cuts = [...new Set([0, length, ...passages.flatMap((p) => [p.start, p.end])])]
    .filter((n) => n >= 0 && n <= length)
    .sort((a, b) => a - b)
  return cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1]
    return {
      from,
      to,
      covering: passages.flatMap((p, n) => (p.start <= from && p.end >= to ? [n] : [])),
      ending: passages.flatMap((p, n) => (p.end === to ? [n] : [])),
    }
  })
}

export function AnnotatedText({
  text,
  passages,
  idPrefix,
  className,
}: {
  text: string
  passages: Passage[]
  /** Comment n's element id is `${idPrefix}-${n + 1}`: each number links to it. */
  idPrefix: string
  className?: string
}): ReactNode {
  return (
    <p className={className ?? styles.studentText}>
      {segmentsOf(text.length, passages).map((s) => {
        const piece = text.slice(s.from, s.to)
        return (
          <span key={s.from}>
            {s.covering.length > 0 ? <mark className={styles.passageMark}>{piece}</mark> : piece}
            {s.ending.map((n) => (
              <sup key={n} data-not-answer className={styles.passageNumber}>
                <a href={`#${idPrefix}-${n + 1}`}>
                  <span className="visually-hidden">comment </span>
                  {n + 1}
                </a>
              </sup>
            ))}
          </span>
        )
      })}
    </p>
  )
}
