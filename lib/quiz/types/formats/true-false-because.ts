import type { trueFalseBecause } from '../true-false-because'
import type { FormatsFor, ModuleQuestion } from './format'
import { canvasItem, questionHtml as canvasHtml, responseLid, setScore, varequal } from './canvas-parts'
import { giftAnswer, giftQuestion } from './gift-parts'
import { answer, moodleQuestion, multichoiceOptions, questionHtml as moodleHtml } from './moodle-parts'
import { promptWithParagraphs, verdictBecause } from './prompt-text'
import {
  baseFloat,
  correctResponse,
  feedbackFromResponse,
  promptBlock,
  qtiId,
  qtiItem,
  responseDeclaration,
  setOutcome,
  simpleChoice,
  variable,
} from './qti3-parts'
import { esc, paragraphsXhtml } from '@/lib/exports/xml'

// A verdict and its reason. QTI keeps them as two interactions in one item, scored together; the
// other formats have no two-part question, so they offer every "True/False, because …" pair as one
// choice, weighted as Lectern scores it (full marks, half for the right verdict with another
// reason, nothing for the wrong verdict).

type Q = ModuleQuestion<typeof trueFalseBecause>

/** Every verdict-and-reason pair with its share of the credit. */
const pairs = (q: Q) =>
  [q.correct, !q.correct].flatMap((value) =>
    q.because.map((reason) => ({
      id: `${value}-${reason.id}`,
      text: verdictBecause(value, reason.text),
      feedback: reason.feedback,
      share: value !== q.correct ? 0 : reason.id === q.correctBecause ? 1 : 0.5,
    })),
  )

const VERDICT_IDS = { true: 'verdict-true', false: 'verdict-false' }
const statementHtml = (q: Q) => `<blockquote>${paragraphsXhtml(q.statement)}</blockquote>`

export const trueFalseBecauseFormats: FormatsFor<typeof trueFalseBecause> = {
  qti3: {
    item: (q, ctx) => ({
      text: qtiItem(
        q,
        {
          declarations:
            responseDeclaration('RESPONSE', 'single', 'identifier', correctResponse([VERDICT_IDS[`${q.correct}`]])) +
            responseDeclaration('BECAUSE', 'single', 'identifier', correctResponse([qtiId(q.correctBecause)])),
          // Each part's question is a paragraph before its interaction rather than a qti-prompt inside
          // it: the standard allows either, and Cito's player stops responding on an item whose two
          // interactions both hold a qti-prompt.
          body: `${promptBlock(q)}${statementHtml(q)}<p>True or false?</p><qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="false">${simpleChoice(
            VERDICT_IDS.true,
            'True',
          )}${simpleChoice(VERDICT_IDS.false, 'False')}</qti-choice-interaction><p>${esc('Because…')}</p><qti-choice-interaction response-identifier="BECAUSE" max-choices="1" shuffle="false">${q.because
            .map((c) => simpleChoice(qtiId(c.id), c.text, c.feedback))
            .join('')}</qti-choice-interaction>`,
          // The reason counts only with the right verdict: full marks, or half with another reason.
          processing: `<qti-response-condition><qti-response-if><qti-match>${variable('RESPONSE')}<qti-correct identifier="RESPONSE"/></qti-match><qti-response-condition><qti-response-if><qti-match>${variable(
            'BECAUSE',
          )}<qti-correct identifier="BECAUSE"/></qti-match>${setOutcome('SCORE', baseFloat(q.points))}</qti-response-if><qti-response-else>${setOutcome(
            'SCORE',
            baseFloat(q.points / 2),
          )}</qti-response-else></qti-response-condition></qti-response-if><qti-response-else>${setOutcome(
            'SCORE',
            baseFloat(0),
          )}</qti-response-else></qti-response-condition>${feedbackFromResponse('BECAUSE')}`,
        },
        ctx,
      ),
      lost: [],
    }),
    responses: (_q, a) => ({
      RESPONSE: a.value === null ? null : VERDICT_IDS[`${a.value}`],
      BECAUSE: a.because === null ? null : qtiId(a.because),
    }),
  },
  // Canvas's multiple choice has one right answer and no partial credit.
  canvasQti: (q) => {
    const options = pairs(q)
    return {
      text: canvasItem(q, {
        type: 'multiple_choice_question',
        html: canvasHtml(q, statementHtml(q)),
        presentation: responseLid('response1', 'Single', options),
        conditions: setScore(varequal('response1', options.find((o) => o.share === 1)!.id), 100),
      }),
      lost: [
        'the verdict and the reason are one choice of every pair',
        'half credit for the right verdict with another reason (Canvas’s multiple choice has one right answer)',
        'feedback on each reason',
      ],
    }
  },
  moodleXml: (q) => ({
    text: moodleQuestion(q, {
      type: 'multichoice',
      html: moodleHtml(q, statementHtml(q)),
      inner:
        multichoiceOptions(true) +
        pairs(q)
          .map((o) => answer(String(o.share * 100), o.text, o.feedback))
          .join(''),
    }),
    lost: ['the verdict and the reason are one choice of every pair'],
  }),
  gift: (q) => ({
    text: giftQuestion(q, {
      text: `${promptWithParagraphs(q)} “${q.statement}”`,
      answers: pairs(q)
        .map((o) => giftAnswer(String(o.share * 100), o.text, o.feedback))
        .join(' '),
    }),
    lost: ['the verdict and the reason are one choice of every pair'],
  }),
  aiken: () => ({ leftOut: 'Aiken has no partial credit, and this question gives half marks for the right verdict alone' }),
}
