// Pure: text made safe for XML. Every writer escapes through here, so no question text can break
// the markup it is put in (an ampersand in a prompt, a quote in an attribute).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

// Characters XML 1.0 forbids anywhere (control characters other than tab, newline, return).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text for an element's content or an attribute value. */
export const esc = (text: string | number) =>
  String(text)
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c])

/** Paragraphs of plain text as XHTML `<p>` elements (blank lines separate paragraphs). */
export const paragraphsXhtml = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')

/** An XML comment whose text cannot end it early. */
export const comment = (text: string) => `<!-- ${text.replace(/-{2,}/g, '-').replace(/-$/, '- ')} -->`
