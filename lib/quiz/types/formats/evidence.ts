import { esc } from '@/lib/exports/xml'
import type { evidence } from '../evidence'
import type { FormatContext, FormatsFor, ModuleQuestion } from './format'
import { canvasItem, questionHtml as canvasHtml, responseLid, setScore, varequal } from './canvas-parts'
import { giftAnswer, giftQuestion } from './gift-parts'
import { answer, moodleQuestion, multichoiceOptions, questionHtml as moodleHtml } from './moodle-parts'
import { paragraphsNote, percent, promptWithParagraphs } from './prompt-text'
import { correctResponse, mapping, promptBlock, qtiId, qtiIds, qtiItem, responseDeclaration, scoreByMapping } from './qti3-parts'

// Sentences of the record that support (or contradict) a claim, picked in the passage itself.
// QTI's hottext keeps them there; the other formats can only list them as options. Credit is as
// for multiple choice: each accepted sentence earns points/n, each other sentence costs as much.

type Q = ModuleQuestion<typeof evidence>

const offered = (q: Q, ctx: FormatContext) => q.paragraphs.flatMap((p) => ctx.sentences[p] ?? [])
const claimLine = (q: Q) =>
  `Claim: “${q.claim}” Choose the sentences that ${q.stance === 'supports' ? 'support' : 'contradict'} it (at most ${q.maxSelections}).`
const share = (q: Q, id: string) => (q.accepted.includes(id) ? 1 : -1) / q.accepted.length
/** A sentence as an option outside the passage: where it stands, then its words. */
const asOption = (s: { id: string; text: string }) => ({
  id: s.id,
  text: `(${s.id.replace(/^p(\d+)\.s(\d+)$/, '¶$1, sentence $2')}) ${s.text}`,
})
const LISTED = 'the sentences are listed as options, not picked in the passage'
const NO_LIMIT = (q: Q) => `the limit of ${q.maxSelections} sentences is stated, not enforced`

export const evidenceFormats: FormatsFor<typeof evidence> = {
  qti3: {
    item: (q, ctx) => ({
      text: qtiItem(
        q,
        {
          declarations: responseDeclaration(
            'RESPONSE',
            'multiple',
            'identifier',
            correctResponse(qtiIds(q.accepted)) +
              mapping(
                q.accepted.map((id) => [qtiId(id), share(q, id) * q.points]),
                -q.points / q.accepted.length,
                q.points,
              ),
          ),
          // Hottext choices must sit inside the interaction, so the item carries its paragraphs'
          // sentences rather than pointing into the shared stimulus.
          body: `${promptBlock(q)}<p>${esc(claimLine(q))}</p><qti-hottext-interaction response-identifier="RESPONSE" max-choices="${q.maxSelections}">${q.paragraphs
            .map(
              (p) =>
                `<p><span class="lectern-paragraph-number">${esc(paragraphsNote([p]))}:</span> ${(ctx.sentences[p] ?? [])
                  .map((s) => `<qti-hottext identifier="${esc(qtiId(s.id))}">${esc(s.text)}</qti-hottext>`)
                  .join(' ')}</p>`,
            )
            .join('')}</qti-hottext-interaction>`,
          processing: scoreByMapping(),
        },
        ctx,
      ),
      lost: [],
    }),
    responses: (_q, a) => ({ RESPONSE: a.sentences.length ? qtiIds(a.sentences) : null }),
  },
  canvasQti: (q, ctx) => {
    const options = offered(q, ctx).map(asOption)
    return {
      text: canvasItem(q, {
        type: 'multiple_answers_question',
        html: canvasHtml(q, `<p>${esc(claimLine(q))}</p>`),
        presentation: responseLid('response1', 'Multiple', options),
        conditions: setScore(
          `<and>${options.map((o) => (q.accepted.includes(o.id) ? varequal('response1', o.id) : `<not>${varequal('response1', o.id)}</not>`)).join('')}</and>`,
          100,
        ),
      }),
      lost: [LISTED, NO_LIMIT(q), 'partial credit follows Canvas’s own rule for multiple answers, not the package'],
    }
  },
  moodleXml: (q, ctx) => ({
    text: moodleQuestion(q, {
      type: 'multichoice',
      html: moodleHtml(q, `<p>${esc(claimLine(q))}</p>`),
      inner:
        multichoiceOptions(false) +
        offered(q, ctx)
          .map(asOption)
          .map((o) => answer(percent(share(q, o.id)), o.text))
          .join(''),
    }),
    lost: [LISTED, NO_LIMIT(q)],
  }),
  gift: (q, ctx) => ({
    text: giftQuestion(q, {
      text: `${promptWithParagraphs(q)} ${claimLine(q)}`,
      answers: offered(q, ctx)
        .map(asOption)
        .map((o) => giftAnswer(percent(share(q, o.id)), o.text))
        .join(' '),
    }),
    lost: [LISTED, NO_LIMIT(q)],
  }),
  aiken: () => ({ leftOut: 'Aiken holds only questions with one right answer' }),
}
