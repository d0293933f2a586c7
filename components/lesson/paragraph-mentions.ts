// Pure: content text (notes, definitions, guiding questions) cut at its "¶7" mentions, for the
// React and the HTML-string renderers alike to turn into paragraph links.

/** Content text cut at its "¶7" mentions: plain text, and the ids of the paragraphs it names. */
export function splitParagraphMentions(text: string): ({ text: string } | { paragraphId: string; label: string })[] {
  return text.split(/(¶\d+)/).map((part, i) => (i % 2 === 1 ? { paragraphId: `p${part.slice(1)}`, label: part } : { text: part }))
}
