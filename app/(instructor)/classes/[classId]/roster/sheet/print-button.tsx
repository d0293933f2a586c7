'use client'
import ui from '@/components/ui/ui.module.css'

export function PrintButton() {
  return (
    <button type="button" className={ui.button} onClick={() => window.print()}>
      Print this sheet
    </button>
  )
}
