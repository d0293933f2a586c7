import type { multiple } from '../multiple'
import type { FormatsFor } from './format'
import { canvasItem, feedbackCondition, questionHtml as canvasHtml, responseLid, setScore, varequal } from './canvas-parts'
import { giftAnswer, giftQuestion } from './gift-parts'
import { answer, moodleQuestion, multichoiceOptions, questionHtml as moodleHtml } from './moodle-parts'
import { percent, promptWithParagraphs } from './prompt-text'
import {
  correctResponse,
  feedbackFromResponse,
  mapping,
  promptBlock,
  qtiId,
  qtiIds,
  qtiItem,
  responseDeclaration,
  scoreByMapping,
  simpleChoice,
} from './qti3-parts'

// Several right choices: each right pick earns points/n and each wrong pick costs as much, never
// below 0 — which QTI (a mapping), Moodle and GIFT (±100/n fractions) state exactly.

/** Each choice's share of the credit: +1/n if right, −1/n if not. */
const shares = <C extends { id: string }>(q: { choices: C[]; correct: string[] }) =>
  q.choices.map((c) => [c, (q.correct.includes(c.id) ? 1 : -1) / q.correct.length] as const)

export const multipleFormats: FormatsFor<typeof multiple> = {
  qti3: {
    item: (q, ctx) => ({
      text: qtiItem(
        q,
        {
          declarations: responseDeclaration(
            'RESPONSE',
            'multiple',
            'identifier',
            correctResponse(qtiIds(q.correct)) +
              mapping(
                shares(q).map(([c, share]) => [qtiId(c.id), share * q.points]),
                0,
                q.points,
              ),
          ),
          body: `${promptBlock(q)}<qti-choice-interaction response-identifier="RESPONSE" max-choices="0" shuffle="false">${q.choices
            .map((c) => simpleChoice(qtiId(c.id), c.text, c.feedback))
            .join('')}</qti-choice-interaction>`,
          processing: scoreByMapping() + feedbackFromResponse('RESPONSE', true),
        },
        ctx,
      ),
      lost: [],
    }),
    responses: (_q, a) => ({ RESPONSE: a.choices.length ? qtiIds(a.choices) : null }),
  },
  // Canvas's multiple-answers question gives partial credit by its own rule (right picks earn,
  // wrong picks cost); the package can only name the right set.
  canvasQti: (q) => ({
    text: canvasItem(q, {
      type: 'multiple_answers_question',
      html: canvasHtml(q),
      presentation: responseLid('response1', 'Multiple', q.choices),
      conditions: [
        ...q.choices.map((c) => feedbackCondition('response1', c.id)),
        setScore(
          `<and>${q.choices.map((c) => (q.correct.includes(c.id) ? varequal('response1', c.id) : `<not>${varequal('response1', c.id)}</not>`)).join('')}</and>`,
          100,
        ),
      ].join(''),
      feedback: q.choices.map((c) => [c.id, c.feedback]),
    }),
    lost: ['partial credit follows Canvas’s own rule for multiple answers, not the package'],
  }),
  moodleXml: (q) => ({
    text: moodleQuestion(q, {
      type: 'multichoice',
      html: moodleHtml(q),
      inner:
        multichoiceOptions(false) +
        shares(q)
          .map(([c, share]) => answer(percent(share), c.text, c.feedback))
          .join(''),
    }),
    lost: [],
  }),
  gift: (q) => ({
    text: giftQuestion(q, {
      text: promptWithParagraphs(q),
      answers: shares(q)
        .map(([c, share]) => giftAnswer(percent(share), c.text, c.feedback))
        .join(' '),
    }),
    lost: [],
  }),
  aiken: () => ({ leftOut: 'Aiken holds only questions with one right answer' }),
}
