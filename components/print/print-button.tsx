'use client'
import ui from '@/components/ui/ui.module.css'

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. */
export function PrintButton({ label = 'Print this sheet' }: { label?: string }) {
  return (
    <button type="button" className={ui.button} onClick={() => window.print()}>
      {label}
    </button>
  )
}
