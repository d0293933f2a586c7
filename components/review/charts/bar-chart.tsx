import styles from './charts.module.css'

export interface ChartRow {
  key: string
  /** Short: it shares a line with the value. Longer text belongs in the table beside the chart. */
  label: string
  value: number | null
  valueText: string
  /** Drawn in the warning colour; the label also says why, so colour is never the only signal. */
  isHighlighted?: boolean
  /** Rows sharing a group sit under one bold heading (e.g. a skill, with one bar per group of students). */
  group?: string
}

interface Props {
  /** Unique on the page: it ties the SVG to its title and description. */
  id: string
  title: string
  /** The chart's point in one or two sentences, read by screen readers in place of the drawing. */
  description: string
  rows: ChartRow[]
  /** The value range of the axis; bars start at its lower end, dots mark a zero line inside it. */
  domain?: [number, number]
  kind?: 'bar' | 'dot'
}

const ROW = 40
const GROUP = 24
const LABEL_Y = 14
const MARK_Y = 21
const MARK_H = 12

/** Each row's top, leaving room for a heading wherever a new group starts. */
function layout(rows: ChartRow[]) {
  const placed: { r: ChartRow; top: number; heading: string | null }[] = []
  let y = 0
  rows.forEach((r, i) => {
    const heading = r.group !== undefined && r.group !== rows[i - 1]?.group ? r.group : null
    if (heading !== null) y += GROUP
    placed.push({ r, top: y, heading })
    y += ROW
  })
  return { placed, height: y + 4 }
}

/** Horizontal bars (or dots), one labelled row each, with the value written at the right. */
export function BarChart({ id, title, description, rows, domain = [0, 1], kind = 'bar' }: Props) {
  const [lo, hi] = domain
  // Dots sit inside a 2.5% margin so one at either end of the axis is drawn whole.
  const [from, to] = kind === 'dot' ? [2.5, 97.5] : [0, 100]
  const pct = (v: number) => `${(from + Math.max(0, Math.min(1, (v - lo) / (hi - lo))) * (to - from)).toFixed(2)}%`
  const { placed, height } = layout(rows)
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {placed.map(({ r, top, heading }) => (
          <g key={r.key} transform={`translate(0 ${top})`}>
            {heading !== null && (
              <text className={styles.group} x="0" y={LABEL_Y - GROUP + 2}>
                {heading}
              </text>
            )}
            <text className={styles.label} x="0" y={LABEL_Y}>
              {r.label}
            </text>
            <text className={styles.value} x="100%" y={LABEL_Y} textAnchor="end">
              {r.valueText}
            </text>
            {kind === 'bar' ? (
              <>
                <rect className={styles.track} x="0" y={MARK_Y} width="100%" height={MARK_H} rx="2" />
                {r.value !== null && (
                  <rect
                    className={r.isHighlighted ? styles.highlight : styles.bar}
                    x="0"
                    y={MARK_Y}
                    width={pct(r.value)}
                    height={MARK_H}
                    rx="2"
                  />
                )}
              </>
            ) : (
              <>
                <line className={styles.axis} x1={pct(lo)} x2={pct(hi)} y1={MARK_Y + MARK_H / 2} y2={MARK_Y + MARK_H / 2} />
                {lo < 0 && hi > 0 && <line className={styles.zero} x1={pct(0)} x2={pct(0)} y1={MARK_Y - 2} y2={MARK_Y + MARK_H + 2} />}
                {r.value !== null && (
                  <circle className={r.isHighlighted ? styles.dotHighlight : styles.dot} cx={pct(r.value)} cy={MARK_Y + MARK_H / 2} r="6" />
                )}
              </>
            )}
          </g>
        ))}
      </svg>
    </figure>
  )
}

/** A small decorative bar for a table cell whose number is written beside it. */
export function InlineBar({ value, isHighlighted }: { value: number; isHighlighted?: boolean }) {
  return (
    <svg className={styles.spark} aria-hidden="true" focusable="false">
      <rect className={styles.track} x="0" y="0" width="100%" height="12" rx="2" />
      <rect
        className={isHighlighted ? styles.highlight : styles.bar}
        x="0"
        y="0"
        width={`${(Math.max(0, Math.min(1, value)) * 100).toFixed(2)}%`}
        height="12"
        rx="2"
      />
    </svg>
  )
}
