// Which part of the record ([data-reading-part], one per guide section) is being read: the one
// crossing a line 40% down the window, where the eye rests while reading a scrolled page. Pages
// without parts get no lookup, so their beats carry no parts.

export function partInView(parts: ArrayLike<HTMLElement>): (() => string | null) | undefined {
  if (parts.length === 0) return undefined
  return () => {
    const line = window.innerHeight * 0.4
    for (const el of Array.from(parts)) {
      const box = el.getBoundingClientRect()
      if (box.top <= line && box.bottom > line) return el.dataset.readingPart ?? null
    }
    return null
  }
}
