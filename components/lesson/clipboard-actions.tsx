'use client'
import { useEffect, useState } from 'react'

const COPY_BUTTONS = 'button[data-copy-text], button[data-copy-fragment]'

/**
 * Enables the page's copy buttons (see copy-button.tsx) with one listener for all of them, and
 * announces each copy to screen readers.
 */
export function ClipboardActions() {
  const [message, setMessage] = useState('')
  useEffect(() => {
    document.querySelectorAll<HTMLButtonElement>(COPY_BUTTONS).forEach((button) => (button.hidden = false))
    async function copy(event: MouseEvent) {
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
      setMessage(`${button.getAttribute('aria-label')?.replace(/^Copy/, 'Copied') ?? 'Copied'} ✓`)
    }
    document.addEventListener('click', copy)
    return () => document.removeEventListener('click', copy)
  }, [])
  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  )
}
