/**
 * Opens or closes every note at once. Notes are <details>, so each opens on its own without
 * JavaScript; this button only saves clicks, and stays hidden until the reader's script
 * (components/lesson/reader/browser) enables it.
 */
export function OpenAllNotes({ className }: { className?: string }) {
  return (
    <button type="button" hidden className={className} data-open-all-notes="" data-close-label="Close all notes">
      Open all notes
    </button>
  )
}
