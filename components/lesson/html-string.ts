import { paragraphHref } from './lesson-paths'
import { splitParagraphMentions } from './paragraph-mentions'

// Building blocks for the lesson's long static blocks that are rendered as HTML strings rather
// than React elements: the record (guides, paragraphs, notes) and the glossary popovers. On App
// Router pages (the essays carry popovers) markup is sent twice, as HTML and again inside the
// React Server Components payload, where ~2,000 elements cost a phone hundreds of milliseconds
// to parse and one string next to nothing. The reader itself is now static with no payload
// (docs/decisions/005), where strings simply cost nothing. Everything from content is escaped:
// it must never become markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** `<a href>` around markup that is already safe. */
export const linkHtml = (href: string, innerHtml: string) => `<a href="${escapeHtml(href)}">${innerHtml}</a>`

/** Content text with its "¶7" mentions linked to the record, like <Prose>. */
export const proseHtml = (text: string, slug: string, inPage = false) =>
  splitParagraphMentions(text)
    .map((part) =>
      'paragraphId' in part ? linkHtml(paragraphHref(slug, part.paragraphId, inPage), escapeHtml(part.label)) : escapeHtml(part.text),
    )
    .join('')

/** A CSS Module's class names (hashed by the bundler), as an attribute. */
export const classAttr = (styles: { readonly [name: string]: string }, name: string) => `class="${escapeHtml(styles[name] ?? '')}"`
