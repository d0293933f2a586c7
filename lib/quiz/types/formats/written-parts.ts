import { esc, paragraphsXhtml } from '@/lib/exports/xml'
import type { FormatContext, Written } from './format'
import { canvasItem, questionHtml as canvasHtml } from './canvas-parts'
import { giftQuestion } from './gift-parts'
import { htmlText, moodleQuestion, questionHtml as moodleHtml } from './moodle-parts'
import { promptWithParagraphs } from './prompt-text'
import { baseFloat, promptBlock, qtiItem, responseDeclaration, scorerRubric, setOutcome, variable } from './qti3-parts'

// Pure: what the two hand-graded types (short answer, essay) share in every format — a written
// response a person scores against a rubric. Blank earns nothing, as in Lectern; anything else
// waits for the grader (QTI: SCORE is `external-scored="human"`). The type passes its rubric and
// grader notes as lines of text.

export interface WrittenQuestion {
  id: string
  prompt: string
  paragraphs: string[]
  points: number
  explanation: string
}

export interface GraderNotes {
  /** The word limits in words, stated to the student. */
  limits: string
  /** Rubric, model answer, accepted phrases: for whoever grades. */
  graderLines: string[]
  /** Lines the student sees with the prompt (an essay's rubric, which Lectern shows them). */
  studentLines?: string[]
  expectedLines: number
  /** Extra outcomes and processing (short answers' suggested score). */
  qtiDeclarations?: string
  qtiProcessing?: string
}

/** The word limits, and any rubric the student writes to, after the prompt. */
const studentHtml = (notes: GraderNotes) => [notes.limits, ...(notes.studentLines ?? [])].map((l) => `<p>${esc(l)}</p>`).join('')
const studentText = (notes: GraderNotes) => [notes.limits, ...(notes.studentLines ?? [])].join(' ')
/** What a format without grader-only notes loses: the rubric's structure, and any notes students must not see. */
const lostNotes = (notes: GraderNotes, where: string) =>
  notes.studentLines
    ? `the rubric is written into the question text (${where} has no rubric of its own)`
    : `the rubric, model answer and other grader notes (${where} has nowhere only graders see)`

export function writtenQti(q: WrittenQuestion, notes: GraderNotes, ctx: FormatContext): Written {
  return {
    text: qtiItem(
      q,
      {
        isHumanScored: true,
        scorerRubric: scorerRubric(notes.graderLines),
        declarations: responseDeclaration('RESPONSE', 'single', 'string', '') + (notes.qtiDeclarations ?? ''),
        body: `${promptBlock(q)}${studentHtml(notes)}<qti-extended-text-interaction response-identifier="RESPONSE" expected-lines="${notes.expectedLines}" format="plain"/>`,
        processing: `<qti-response-condition><qti-response-if><qti-or><qti-is-null>${variable('RESPONSE')}</qti-is-null><qti-match>${variable(
          'RESPONSE',
        )}<qti-base-value base-type="string"></qti-base-value></qti-match></qti-or>${setOutcome('SCORE', baseFloat(0))}</qti-response-if></qti-response-condition>${notes.qtiProcessing ?? ''}`,
      },
      ctx,
    ),
    lost: [],
  }
}

export const writtenCanvas = (q: WrittenQuestion, notes: GraderNotes): Written => ({
  text: canvasItem(q, {
    type: 'essay_question',
    html: canvasHtml(q, studentHtml(notes)),
    presentation: `<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>`,
    conditions: '',
  }),
  lost: [lostNotes(notes, 'a Canvas quiz question')],
})

export const writtenMoodle = (q: WrittenQuestion, notes: GraderNotes, wordLimits: { min?: number; max: number }): Written => ({
  text: moodleQuestion(q, {
    type: 'essay',
    html: moodleHtml(q, studentHtml(notes)),
    inner: `<responseformat>editor</responseformat><responserequired>1</responserequired><responsefieldlines>${notes.expectedLines}</responsefieldlines><attachments>0</attachments><attachmentsrequired>0</attachmentsrequired>${
      wordLimits.min ? `<minwordlimit>${wordLimits.min}</minwordlimit>` : ''
    }<maxwordlimit>${wordLimits.max}</maxwordlimit><graderinfo format="html">${htmlText(
      notes.graderLines.map((l) => paragraphsXhtml(l)).join(''),
    )}</graderinfo><responsetemplate format="html"><text></text></responsetemplate>`,
  }),
  lost: ['the rubric is kept as grader information text (Moodle quiz questions have no rubric)'],
})

export const writtenGift = (q: WrittenQuestion, notes: GraderNotes): Written => ({
  text: giftQuestion(q, { text: `${promptWithParagraphs(q)} ${studentText(notes)}`, answers: '' }),
  lost: [lostNotes(notes, 'a GIFT essay')],
})
