const COPY_BUTTONS = 'button[data-copy-text], button[data-copy-fragment]'

/**
 * Enables the page's copy buttons (see copy-button.tsx) with one listener for all of them, and
 * announces each copy through the page's status line.
 */
export function enableCopyButtons(status: HTMLElement | null) {
  document.querySelectorAll<HTMLButtonElement>(COPY_BUTTONS).forEach((button) => (button.hidden = false))
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(COPY_BUTTONS)
    if (!button) return
    const { copyFragment, copyText } = button.dataset
    const text = copyFragment ? `${window.location.origin}${window.location.pathname}#${copyFragment}` : (copyText ?? '')
    try {
      await navigator.clipboard.writeText(text)
    } catch {
      return // The browser refused the clipboard: the text is still on the page to copy by hand.
    }
    button.dataset.copied = ''
    window.setTimeout(() => delete button.dataset.copied, 2500)
    if (status) status.textContent = `${button.getAttribute('aria-label')?.replace(/^Copy/, 'Copied') ?? 'Copied'} ✓`
  })
}
