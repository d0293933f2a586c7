import { esc, paragraphsXhtml } from '@/lib/exports/xml'
import type { ExportedQuestion } from './format'
import { promptWithParagraphs } from './prompt-text'

// Pure: Canvas's QTI 1.2 dialect, as its importer reads it (question_type and points_possible in
// the item's metadata, HTML in `mattext`, 0–100 in SCORE). Shared by every type's canvasQti writer.

export type CanvasQuestionType = 'multiple_choice_question' | 'multiple_answers_question' | 'matching_question' | 'essay_question'

export interface CanvasItemParts {
  type: CanvasQuestionType
  /** The question's HTML (escaped again into `mattext`). */
  html: string
  /** `response_lid` elements and the like. */
  presentation: string
  /** `respcondition`s after the SCORE declaration. */
  conditions: string
  /** Feedback per answer label id. */
  feedback?: [string, string][]
}

const field = (label: string, entry: string | number) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${esc(entry)}</fieldentry></qtimetadatafield>`

export const html = (markup: string) => `<material><mattext texttype="text/html">${esc(markup)}</mattext></material>`
export const plain = (text: string) => `<material><mattext texttype="text/plain">${esc(text)}</mattext></material>`

/** The question's text in HTML: the prompt with its paragraphs, and anything the type adds. */
export const questionHtml = (q: { prompt: string; paragraphs: string[] }, extra = '') => paragraphsXhtml(promptWithParagraphs(q)) + extra

export function canvasItem(q: ExportedQuestion, p: CanvasItemParts): string {
  const feedback = (p.feedback ?? [])
    .map(([id, text]) => `<itemfeedback ident="${esc(id)}_fb"><flow_mat>${html(`<p>${esc(text)}</p>`)}</flow_mat></itemfeedback>`)
    .join('')
  return `<item ident="${esc(q.id)}" title="${esc(q.prompt)}"><itemmetadata><qtimetadata>${field('question_type', p.type)}${field(
    'points_possible',
    q.points,
  )}</qtimetadata></itemmetadata><presentation>${html(p.html)}${p.presentation}</presentation><resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes><respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>${p.conditions}</resprocessing><itemfeedback ident="general_fb"><flow_mat>${html(
    paragraphsXhtml(q.explanation),
  )}</flow_mat></itemfeedback>${feedback}</item>`
}

/** A list of labelled choices to pick one (or several) of. */
export const responseLid = (ident: string, cardinality: 'Single' | 'Multiple', labels: { id: string; text: string }[]) =>
  `<response_lid ident="${ident}" rcardinality="${cardinality}"><render_choice>${labels
    .map((l) => `<response_label ident="${esc(l.id)}">${plain(l.text)}</response_label>`)
    .join('')}</render_choice></response_lid>`

export const varequal = (respident: string, value: string) => `<varequal respident="${respident}">${esc(value)}</varequal>`

/** Show an answer's own feedback when it is chosen. */
export const feedbackCondition = (respident: string, id: string) =>
  `<respcondition continue="Yes"><conditionvar>${varequal(respident, id)}</conditionvar><displayfeedback feedbacktype="Response" linkrefid="${esc(id)}_fb"/></respcondition>`

export const setScore = (condition: string, value: number, action: 'Set' | 'Add' = 'Set') =>
  `<respcondition continue="${action === 'Add' ? 'Yes' : 'No'}"><conditionvar>${condition}</conditionvar><setvar action="${action}" varname="SCORE">${
    Math.round(value * 100_000) / 100_000
  }</setvar></respcondition>`
