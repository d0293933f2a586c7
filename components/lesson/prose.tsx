import { ParaRef } from './para-ref'

/**
 * Text from content/ (a note, a definition, a guiding question) with its "¶7" mentions turned into
 * links to the record. Everything else renders as plain text.
 */
export function Prose({ text, slug, inPage = false }: { text: string; slug: string; inPage?: boolean }) {
  const parts = text.split(/(¶\d+)/)
  return parts.map((part, i) => (i % 2 === 1 ? <ParaRef key={i} slug={slug} id={`p${part.slice(1)}`} inPage={inPage} /> : part))
}
