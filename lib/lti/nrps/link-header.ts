// RFC 8288 Link headers, as NRPS pages its member lists: `<https://…?page=2>; rel="next"`. Platforms
// send several links in one header (Canvas: current, next, first, last), quote rels or not, and may
// list several relation types in one rel ("next last"), so this splits on commas outside <…> only.

/** The `rel="next"` target of a Link header, resolved against the page's own URL; null when there is none. */
export function nextLinkOf(header: string | null, base: string): string | null {
  if (!header) return null
  for (const link of splitLinks(header)) {
    const target = /^\s*<([^>]*)>(.*)$/s.exec(link)
    if (!target) continue
    const params = target[2].split(';').slice(1)
    const rels = params
      .map((p) => /^\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))\s*$/i.exec(p))
      .filter((m): m is RegExpExecArray => m !== null)
      .flatMap((m) => (m[1] ?? m[2]).toLowerCase().split(/\s+/))
    if (!rels.includes('next')) continue
    try {
      return new URL(target[1].trim(), base).toString()
    } catch {
      return null
    }
  }
  return null
}

function splitLinks(header: string): string[] {
  const links: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < header.length; i++) {
    const c = header[i]
    if (c === '"' && depth === 0) quoted = !quoted
    else if (c === '<' && !quoted) depth++
    else if (c === '>' && !quoted) depth = Math.max(0, depth - 1)
    else if (c === ',' && depth === 0 && !quoted) {
      links.push(header.slice(start, i))
      start = i + 1
    }
  }
  links.push(header.slice(start))
  return links
}
