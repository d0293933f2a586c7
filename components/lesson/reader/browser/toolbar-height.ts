// The record's sticky toolbar covers the top of the window; its height, kept current as it wraps
// or the text is resized, is the page's scroll padding (record.module.css reads the variable).

export function trackToolbarHeight() {
  const toolbar = document.querySelector<HTMLElement>('[data-reader-toolbar]')
  if (!toolbar || typeof ResizeObserver === 'undefined') return
  const root = document.documentElement
  const measure = () => root.style.setProperty('--reader-toolbar-height', `${toolbar.offsetHeight}px`)
  // At once, before the browser scrolls to the address's #fragment; then on every change.
  measure()
  new ResizeObserver(measure).observe(toolbar)
}
