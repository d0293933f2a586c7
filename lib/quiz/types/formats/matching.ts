import { esc } from '@/lib/exports/xml'
import type { matching } from '../matching'
import type { FormatsFor } from './format'
import { canvasItem, questionHtml as canvasHtml, setScore, varequal } from './canvas-parts'
import { giftQuestion, giftText } from './gift-parts'
import { htmlText, moodleQuestion, questionHtml as moodleHtml } from './moodle-parts'
import { promptWithParagraphs } from './prompt-text'
import { correctResponse, mapping, promptBlock, qtiId, qtiItem, responseDeclaration, scoreByMapping } from './qti3-parts'

// Prompts matched with options, where one option may serve several prompts; credit is the share
// of prompts matched right.

const correctPairs = (q: { prompts: { id: string }[]; correct: Record<string, string> }) =>
  q.prompts.map((p) => `${qtiId(p.id)} ${qtiId(q.correct[p.id])}`)
const isUsed = (q: { correct: Record<string, string> }, optionId: string) => Object.values(q.correct).includes(optionId)

export const matchingFormats: FormatsFor<typeof matching> = {
  qti3: {
    item: (q, ctx) => ({
      text: qtiItem(
        q,
        {
          declarations: responseDeclaration(
            'RESPONSE',
            'multiple',
            'directedPair',
            correctResponse(correctPairs(q)) +
              mapping(
                correctPairs(q).map((pair) => [pair, q.points / q.prompts.length]),
                0,
                q.points,
              ),
          ),
          // Each prompt takes one option; an option may be given to every prompt.
          body: `${promptBlock(q)}<qti-match-interaction response-identifier="RESPONSE" max-associations="${q.prompts.length}" shuffle="false"><qti-simple-match-set>${q.prompts
            .map(
              (p) =>
                `<qti-simple-associable-choice identifier="${esc(qtiId(p.id))}" match-max="1">${esc(p.text)}</qti-simple-associable-choice>`,
            )
            .join('')}</qti-simple-match-set><qti-simple-match-set>${q.options
            .map(
              (o) =>
                `<qti-simple-associable-choice identifier="${esc(qtiId(o.id))}" match-max="${q.prompts.length}">${esc(o.text)}</qti-simple-associable-choice>`,
            )
            .join('')}</qti-simple-match-set></qti-match-interaction>`,
          processing: scoreByMapping(),
        },
        ctx,
      ),
      lost: [],
    }),
    responses: (q, a) => {
      const pairs = q.prompts.filter((p) => p.id in a.pairs).map((p) => `${qtiId(p.id)} ${qtiId(a.pairs[p.id])}`)
      return { RESPONSE: pairs.length ? pairs : null }
    },
  },
  canvasQti: (q) => ({
    text: canvasItem(q, {
      type: 'matching_question',
      html: canvasHtml(q),
      presentation: q.prompts
        .map(
          (p) =>
            `<response_lid ident="response_${esc(p.id)}"><material><mattext texttype="text/plain">${esc(p.text)}</mattext></material><render_choice>${q.options
              .map((o) => `<response_label ident="${esc(o.id)}"><material><mattext>${esc(o.text)}</mattext></material></response_label>`)
              .join('')}</render_choice></response_lid>`,
        )
        .join(''),
      conditions: q.prompts.map((p) => setScore(varequal(`response_${p.id}`, q.correct[p.id]), 100 / q.prompts.length, 'Add')).join(''),
    }),
    lost: [],
  }),
  // Moodle lists each prompt with its answer; an option no prompt takes is a distractor: a
  // subquestion with no text.
  moodleXml: (q) => ({
    text: moodleQuestion(q, {
      type: 'matching',
      html: moodleHtml(q),
      inner: `<shuffleanswers>true</shuffleanswers>${q.prompts
        .map(
          (p) =>
            `<subquestion format="html">${htmlText(`<p>${esc(p.text)}</p>`)}<answer><text>${esc(q.options.find((o) => o.id === q.correct[p.id])!.text)}</text></answer></subquestion>`,
        )
        .join('')}${q.options
        .filter((o) => !isUsed(q, o.id))
        .map((o) => `<subquestion format="html"><text></text><answer><text>${esc(o.text)}</text></answer></subquestion>`)
        .join('')}`,
    }),
    lost: [],
  }),
  // GIFT pairs each prompt with its answer and has nowhere to put an option no prompt takes.
  gift: (q) => {
    const unused = q.options.filter((o) => !isUsed(q, o.id))
    return {
      text: giftQuestion(q, {
        text: promptWithParagraphs(q),
        answers: q.prompts
          .map((p) => `=${giftText(p.text)} -> ${giftText(q.options.find((o) => o.id === q.correct[p.id])!.text)}`)
          .join(' '),
      }),
      lost: unused.length
        ? [`options no prompt takes (${unused.map((o) => `“${o.text}”`).join(', ')}): GIFT matching has no distractors`]
        : [],
    }
  },
  aiken: () => ({ leftOut: 'Aiken holds only questions with one right answer' }),
}
