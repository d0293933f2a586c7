import type { single } from '../single'
import type { FormatsFor } from './format'
import { canvasItem, feedbackCondition, questionHtml as canvasHtml, responseLid, setScore, varequal } from './canvas-parts'
import { giftAnswer, giftQuestion } from './gift-parts'
import { answer, moodleQuestion, multichoiceOptions, questionHtml as moodleHtml } from './moodle-parts'
import { oneLine, promptWithParagraphs } from './prompt-text'
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

// One right choice: every format carries it whole, Aiken included (the one type Aiken holds).

const LETTERS = 'ABCDEF'

export const singleFormats: FormatsFor<typeof single> = {
  qti3: {
    item: (q, ctx) => ({
      text: qtiItem(
        q,
        {
          declarations: responseDeclaration('RESPONSE', 'single', 'identifier', correctResponse([qtiId(q.correct)])),
          body: `${promptBlock(q)}<qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="false">${q.choices
            .map((c) => simpleChoice(qtiId(c.id), c.text, c.feedback))
            .join('')}</qti-choice-interaction>`,
          processing: `<qti-response-condition><qti-response-if><qti-match>${variable('RESPONSE')}<qti-correct identifier="RESPONSE"/></qti-match>${setOutcome(
            'SCORE',
            baseFloat(q.points),
          )}</qti-response-if><qti-response-else>${setOutcome('SCORE', baseFloat(0))}</qti-response-else></qti-response-condition>${feedbackFromResponse()}`,
        },
        ctx,
      ),
      lost: [],
    }),
    responses: (_q, a) => ({ RESPONSE: a.choice ? qtiId(a.choice) : null }),
  },
  canvasQti: (q) => ({
    text: canvasItem(q, {
      type: 'multiple_choice_question',
      html: canvasHtml(q),
      presentation: responseLid('response1', 'Single', q.choices),
      conditions: [...q.choices.map((c) => feedbackCondition('response1', c.id)), setScore(varequal('response1', q.correct), 100)].join(''),
      feedback: q.choices.map((c) => [c.id, c.feedback]),
    }),
    lost: [],
  }),
  moodleXml: (q) => ({
    text: moodleQuestion(q, {
      type: 'multichoice',
      html: moodleHtml(q),
      inner: multichoiceOptions(true) + q.choices.map((c) => answer(c.id === q.correct ? '100' : '0', c.text, c.feedback)).join(''),
    }),
    lost: [],
  }),
  gift: (q) => ({
    text: giftQuestion(q, {
      text: promptWithParagraphs(q),
      answers: q.choices.map((c) => giftAnswer(c.id === q.correct ? '100' : '0', c.text, c.feedback)).join(' '),
    }),
    lost: [],
  }),
  // Aiken is one line of question, lettered options and the answer's letter: nothing else fits.
  aiken: (q) => ({
    text: [
      oneLine(promptWithParagraphs(q)),
      ...q.choices.map((c, i) => `${LETTERS[i]}. ${oneLine(c.text)}`),
      `ANSWER: ${LETTERS[q.choices.findIndex((c) => c.id === q.correct)]}`,
    ].join('\n'),
    lost: ['feedback on each choice', 'the explanation'],
  }),
}
