import type { ExportedQuestion } from './format'
import { oneLine } from './prompt-text'

// Pure: GIFT's text rules — its special characters escaped, one line per question, a title and
// general feedback — shared by every type's gift writer.

/** GIFT text: `~ = # { } :` and backslash escaped, lines joined (a newline would end the question). */
export const giftText = (text: string) => oneLine(text).replace(/[\\~=#{}:]/g, (c) => `\\${c}`)

/** "::id::[plain]Question text {answers ####explanation}": the id is the title, so a re-import can be matched. */
export const giftQuestion = (q: ExportedQuestion, p: { text: string; answers: string }) =>
  `::${giftText(q.id)}::[plain]${giftText(p.text)} {${p.answers} ####${giftText(q.explanation)}}`

/** One weighted answer: `=text` for full credit, `~%50%text`, `~text` for none, with its feedback. */
export function giftAnswer(percent: string, text: string, feedback?: string): string {
  const mark = percent === '100' ? '=' : percent === '0' ? '~' : `~%${percent}%`
  return `${mark}${giftText(text)}${feedback ? `#${giftText(feedback)}` : ''}`
}
