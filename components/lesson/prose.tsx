import { splitParagraphMentions } from './paragraph-mentions'
import { ParaRef } from './para-ref'

/**
 * Text from content/ (a note, a definition, a guiding question) with its "¶7" mentions turned into
 * links to the record. Everything else renders as plain text.
 */
export function Prose({ text, slug, inPage = false }: { text: string; slug: string; inPage?: boolean }) {
  return splitParagraphMentions(text).map((part, i) =>
    'paragraphId' in part ? <ParaRef key={i} slug={slug} id={part.paragraphId} inPage={inPage} /> : part.text,
  )
}
