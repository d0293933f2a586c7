import { esc, paragraphsXhtml } from '@/lib/exports/xml'
import type { ExportedQuestion, FormatContext } from './format'
import { paragraphsNote } from './prompt-text'

// Pure: the parts of a QTI 3.0 item every type's writer shares — the document around an
// interaction, identifiers, the score outcome, mappings and feedback — so a type's writer says
// only what is its own (formats/<type>.ts).

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'
export const QTI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd'

/**
 * A content id as a QTI identifier. Content ids are kebab-case and may start with a digit, which
 * an XML NCName may not, so every id gets the same letter in front ("c-1986-visit"); `responses`
 * goes through the same function, so the player is given what the item declares.
 */
export const qtiId = (id: string) => `c-${id}`
export const qtiIds = (ids: string[]) => ids.map(qtiId)

/** A number as QTI writes a float: no exponent, no binary noise past 6 decimals. */
export const qtiFloat = (n: number) => String(Math.round(n * 1_000_000) / 1_000_000)

export interface ItemParts {
  /** `qti-response-declaration`s and any outcomes of the type's own. */
  declarations: string
  /** The interaction(s), after the prompt. */
  body: string
  /** What goes inside `qti-response-processing`; empty for a hand-scored item. */
  processing: string
  /** Hand-scored: SCORE is set by a person (`external-scored="human"`), never by the item. */
  isHumanScored?: boolean
  /** The scorer's rubric block, for hand-scored items. */
  scorerRubric?: string
}

/** The record's paragraphs the question is about, and the prompt, as the top of the item body. */
export const promptBlock = (q: { prompt: string; paragraphs: string[] }) =>
  `<p class="lectern-paragraphs">${esc(paragraphsNote(q.paragraphs))}</p>${paragraphsXhtml(q.prompt)}`

export function qtiItem(q: ExportedQuestion, parts: ItemParts, ctx: FormatContext): string {
  const points = q.points
  const score = parts.isHumanScored
    ? `<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float" external-scored="human" normal-maximum="${qtiFloat(points)}"/>`
    : `<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float" normal-maximum="${qtiFloat(points)}"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${esc(qtiId(q.id))}" title="${esc(q.prompt)}" adaptive="false" time-dependent="false">
${parts.declarations}
${score}
<qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>${qtiFloat(points)}</qti-value></qti-default-value></qti-outcome-declaration>
<qti-outcome-declaration identifier="FEEDBACK" cardinality="multiple" base-type="identifier"/>
<qti-assessment-stimulus-ref identifier="${esc(ctx.stimulus.identifier)}" href="${esc(ctx.stimulus.href)}" title="${esc(ctx.stimulus.title)}"/>
<qti-item-body>
${parts.scorerRubric ?? ''}${parts.body}
</qti-item-body>
<qti-response-processing>${parts.processing}${showExplanation}</qti-response-processing>
<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="explanation" show-hide="show" title="Explanation"><qti-content-body>${paragraphsXhtml(q.explanation)}</qti-content-body></qti-modal-feedback>
</qti-assessment-item>
`
}

// The explanation is shown once the answer is processed, whatever it was (Lectern shows it with the
// results): FEEDBACK gains "explanation" beside any choice feedback the type set.
const showExplanation = `<qti-set-outcome-value identifier="FEEDBACK"><qti-multiple><qti-variable identifier="FEEDBACK"/><qti-base-value base-type="identifier">explanation</qti-base-value></qti-multiple></qti-set-outcome-value>`

export const correctResponse = (values: string[]) =>
  `<qti-correct-response>${values.map((v) => `<qti-value>${esc(v)}</qti-value>`).join('')}</qti-correct-response>`

/** A response declaration; `inner` holds the correct response and any mapping. */
export const responseDeclaration = (id: string, cardinality: string, baseType: string, inner: string) =>
  `<qti-response-declaration identifier="${id}" cardinality="${cardinality}" base-type="${baseType}">${inner}</qti-response-declaration>`

/** Credit per listed key, a default for anything else, the sum kept within 0 and the points. */
export function mapping(entries: [string, number][], defaultValue: number, points: number): string {
  return `<qti-mapping default-value="${qtiFloat(defaultValue)}" lower-bound="0" upper-bound="${qtiFloat(points)}">${entries
    .map(([key, value]) => `<qti-map-entry map-key="${esc(key)}" mapped-value="${qtiFloat(value)}"/>`)
    .join('')}</qti-mapping>`
}

export const setOutcome = (id: string, expression: string) =>
  `<qti-set-outcome-value identifier="${id}">${expression}</qti-set-outcome-value>`
export const baseFloat = (n: number) => `<qti-base-value base-type="float">${qtiFloat(n)}</qti-base-value>`
export const variable = (id: string) => `<qti-variable identifier="${id}"/>`
export const correct = (id: string) => `<qti-correct identifier="${id}"/>`

/** Score = the mapped response (map_response, written out so SCORE is in points like Lectern's). */
export const scoreByMapping = (responseId = 'RESPONSE') =>
  `<qti-response-condition><qti-response-if><qti-is-null>${variable(responseId)}</qti-is-null>${setOutcome('SCORE', baseFloat(0))}</qti-response-if><qti-response-else>${setOutcome('SCORE', `<qti-map-response identifier="${responseId}"/>`)}</qti-response-else></qti-response-condition>`

/** FEEDBACK names the chosen options, so their inline feedback shows. */
export const feedbackFromResponse = (responseId = 'RESPONSE', isMultiple = false) =>
  `<qti-response-condition><qti-response-if><qti-not><qti-is-null>${variable(responseId)}</qti-is-null></qti-not>${setOutcome(
    'FEEDBACK',
    isMultiple ? variable(responseId) : `<qti-multiple>${variable(responseId)}</qti-multiple>`,
  )}</qti-response-if></qti-response-condition>`

export const simpleChoice = (id: string, text: string, feedback?: string) =>
  `<qti-simple-choice identifier="${esc(id)}">${esc(text)}${
    feedback
      ? `<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="${esc(id)}" show-hide="show">${esc(feedback)}</qti-feedback-inline>`
      : ''
  }</qti-simple-choice>`

/** The rubric a person scores a hand-scored item with, visible to scorers only. */
export const scorerRubric = (lines: string[]) =>
  `<qti-rubric-block use="scoring" view="scorer"><qti-content-body>${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</qti-content-body></qti-rubric-block>\n`
