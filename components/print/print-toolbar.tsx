import Link from 'next/link'
import { PrintButton } from './print-button'
import styles from './print.module.css'

/** What the screen shows above a print page and the paper leaves out: the way back, the other sheets, the print button. */
export function PrintToolbar({
  back,
  others = [],
  printLabel,
}: {
  back: { href: string; label: string }
  others?: { href: string; label: string }[]
  printLabel: string
}) {
  return (
    <div className={`${styles.toolbar} no-print`}>
      <p>
        <Link href={back.href}>{back.label}</Link>
        {others.map((o) => (
          <span key={o.href}>
            {' · '}
            <Link href={o.href}>{o.label}</Link>
          </span>
        ))}
      </p>
      <p className={styles.toolbarActions}>
        <PrintButton label={printLabel} />
        <span className={styles.hint}>Print or save as PDF from your browser. Links, buttons and colours are left off the paper.</span>
      </p>
    </div>
  )
}
