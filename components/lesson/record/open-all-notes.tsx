'use client'
import { useState } from 'react'
import { useHydrated } from '../use-hydrated'

/**
 * Opens or closes every note at once. Notes are <details>, so each opens on its own without
 * JavaScript; this button only saves clicks, and stays hidden until it can work.
 */
export function OpenAllNotes({ className }: { className?: string }) {
  const hydrated = useHydrated()
  const [isOpen, setOpen] = useState(false)
  function toggle() {
    document.querySelectorAll<HTMLDetailsElement>('details[data-notes], details[data-note]').forEach((details) => (details.open = !isOpen))
    setOpen(!isOpen)
  }
  return (
    <button type="button" hidden={!hydrated} className={className} onClick={toggle}>
      {isOpen ? 'Close all notes' : 'Open all notes'}
    </button>
  )
}
