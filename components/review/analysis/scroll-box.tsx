import styles from './analysis.module.css'

/** A wide table's horizontal scroller: focusable and named, so keyboard users can scroll it too. */
export function ScrollBox({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}
