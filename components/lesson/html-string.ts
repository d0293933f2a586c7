import { paragraphHref } from './lesson-paths'
import { splitParagraphMentions } from './paragraph-mentions'

// Building blocks for the lesson's long static blocks that are rendered as HTML strings rather
// than React elements. The App Router sends a page's markup twice, as HTML and again inside its
// React Server Components payload; as elements in that payload, the reader's notes and popovers
// cost a phone hundreds of milliseconds of main thread to parse, while as one string they cost
// next to nothing (docs/decisions/005). Everything from content is escaped: it must never become
// markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** `<a href>` around markup that is already safe. */
export const linkHtml = (href: string, innerHtml: string) => `<a href="${escapeHtml(href)}">${innerHtml}</a>`

/** Content text with its "¶7" mentions linked to the record, like <Prose>. */
export const proseHtml = (text: string, slug: string, inPage = false) =>
  splitParagraphMentions(text)
    .map((part) => ('paragraphId' in part ? linkHtml(paragraphHref(slug, part.paragraphId, inPage), escapeHtml(part.label)) : escapeHtml(part.text)))
    .join('')

/** A CSS Module's class names (hashed by the bundler), as an attribute. */
export const classAttr = (styles: { readonly [name: string]: string }, name: string) => `class="${escapeHtml(styles[name] ?? '')}"`
