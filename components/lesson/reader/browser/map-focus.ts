// A map wider than its box (on a phone) starts scrolled to the band its lesson names in map.json's
// frame.phoneFocus, as shares of the map's width: centred on it when the band fits the box, from its
// west edge when it does not. Without this script the map starts at its east end (the CSS fallback).

export function focusMaps(root: ParentNode = document) {
  for (const scroller of root.querySelectorAll<HTMLElement>('[data-map-focus]')) {
    const [from, to] = (scroller.dataset.mapFocus ?? '').split(' ').map(Number)
    const overflow = scroller.scrollWidth - scroller.clientWidth
    if (!(overflow > 0) || !(from < to)) continue
    const width = scroller.scrollWidth
    const box = scroller.clientWidth
    const wanted = (to - from) * width <= box ? ((from + to) / 2) * width - box / 2 : from * width
    const left = Math.min(Math.max(wanted, 0), overflow)
    // A right-to-left scroller counts scrollLeft from its right edge, in negatives.
    scroller.scrollLeft = getComputedStyle(scroller).direction === 'rtl' ? left - overflow : left
  }
}
