import { esc, paragraphsXhtml } from '@/lib/exports/xml'
import type { ExportedQuestion } from './format'
import { promptWithParagraphs } from './prompt-text'

// Pure: a Moodle XML `<question>` (qformat_xml): the fields every question has (name, text,
// general feedback, default mark, id number), HTML text escaped into `<text>`. The type's own
// fields come from its moodleXml writer.

export const htmlText = (markup: string) => `<text>${esc(markup)}</text>`

export interface MoodleQuestionParts {
  type: 'multichoice' | 'matching' | 'ordering' | 'essay'
  /** The question text in HTML. */
  html: string
  /** The type's own elements: answers, subquestions, options. */
  inner: string
}

export const questionHtml = (q: { prompt: string; paragraphs: string[] }, extra = '') => paragraphsXhtml(promptWithParagraphs(q)) + extra

export const moodleQuestion = (q: ExportedQuestion, p: MoodleQuestionParts) =>
  `<question type="${p.type}">
<name><text>${esc(q.prompt)}</text></name>
<questiontext format="html">${htmlText(p.html)}</questiontext>
<generalfeedback format="html">${htmlText(paragraphsXhtml(q.explanation))}</generalfeedback>
<defaultgrade>${q.points}</defaultgrade>
<penalty>0</penalty>
<hidden>0</hidden>
<idnumber>${esc(q.id)}</idnumber>
${p.inner}
</question>`

/** One answer with its fraction (a percentage Moodle accepts) and feedback. */
export const answer = (fraction: string, text: string, feedback = '') =>
  `<answer fraction="${fraction}" format="html">${htmlText(`<p>${esc(text)}</p>`)}<feedback format="html">${htmlText(
    feedback ? `<p>${esc(feedback)}</p>` : '',
  )}</feedback></answer>`

/** A multiple-choice question's own fields: one answer or several, shown in the order given. */
export const multichoiceOptions = (isSingle: boolean) =>
  `<single>${isSingle}</single><shuffleanswers>0</shuffleanswers><answernumbering>abc</answernumbering><showstandardinstruction>1</showstandardinstruction>`
