/** Shows the "Open all notes" button (open-all-notes.tsx) and makes it open or close every note. */
export function enableOpenAllNotes() {
  document.querySelectorAll<HTMLButtonElement>('button[data-open-all-notes]').forEach((button) => {
    const openLabel = button.textContent ?? ''
    let isOpen = false
    button.hidden = false
    button.addEventListener('click', () => {
      isOpen = !isOpen
      document.querySelectorAll<HTMLDetailsElement>('details[data-notes], details[data-note]').forEach((details) => (details.open = isOpen))
      button.textContent = isOpen ? (button.dataset.closeLabel ?? openLabel) : openLabel
    })
  })
}
