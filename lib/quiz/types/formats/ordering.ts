import { esc } from '@/lib/exports/xml'
import type { ordering } from '../ordering'
import type { FormatsFor } from './format'
import { canvasItem, questionHtml as canvasHtml, setScore, varequal } from './canvas-parts'
import { answer, moodleQuestion, questionHtml as moodleHtml } from './moodle-parts'
import {
  baseFloat,
  correctResponse,
  promptBlock,
  qtiId,
  qtiIds,
  qtiItem,
  responseDeclaration,
  setOutcome,
  simpleChoice,
  variable,
} from './qti3-parts'

// Items to put in order; credit is the share of item pairs in the right relative order. QTI has
// no template for that, so the item computes it: each item's position (POS_k, for the k-th item
// of the right order), then the pairs whose positions agree with the key. Moodle's ordering
// question grades "all previous and next", which counts the same pairs.

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`

function pairShareProcessing(correctOrder: string[], points: number): string {
  const n = correctOrder.length
  const positions = Array.from({ length: n }, (_, slot) => {
    const branches = correctOrder.map(
      (id, k) =>
        `<qti-match><qti-index n="${slot + 1}">${variable('RESPONSE')}</qti-index><qti-base-value base-type="identifier">${esc(qtiId(id))}</qti-base-value></qti-match>${setOutcome(
          `POS_${k + 1}`,
          `<qti-base-value base-type="integer">${slot + 1}</qti-base-value>`,
        )}`,
    )
    return `<qti-response-condition><qti-response-if>${branches[0]}</qti-response-if>${branches
      .slice(1)
      .map((b) => `<qti-response-else-if>${b}</qti-response-else-if>`)
      .join('')}</qti-response-condition>`
  })
  const pairs: string[] = []
  for (let a = 1; a <= n; a++) {
    for (let b = a + 1; b <= n; b++) {
      pairs.push(
        `<qti-response-condition><qti-response-if><qti-lt>${variable(`POS_${a}`)}${variable(`POS_${b}`)}</qti-lt>${setOutcome(
          'RIGHT_PAIRS',
          `<qti-sum>${variable('RIGHT_PAIRS')}<qti-base-value base-type="integer">1</qti-base-value></qti-sum>`,
        )}</qti-response-if></qti-response-condition>`,
      )
    }
  }
  const everyItemPlaced = `<qti-equal tolerance-mode="exact"><qti-container-size>${variable('RESPONSE')}</qti-container-size><qti-base-value base-type="integer">${n}</qti-base-value></qti-equal>`
  return `<qti-response-condition><qti-response-if><qti-is-null>${variable('RESPONSE')}</qti-is-null>${setOutcome(
    'SCORE',
    baseFloat(0),
  )}</qti-response-if><qti-response-else-if>${everyItemPlaced}${positions.join('')}${pairs.join('')}${setOutcome(
    'SCORE',
    `<qti-product>${baseFloat(points)}<qti-divide>${variable('RIGHT_PAIRS')}<qti-base-value base-type="float">${(n * (n - 1)) / 2}</qti-base-value></qti-divide></qti-product>`,
  )}</qti-response-else-if><qti-response-else>${setOutcome('SCORE', baseFloat(0))}</qti-response-else></qti-response-condition>`
}

const integerOutcome = (id: string) =>
  `<qti-outcome-declaration identifier="${id}" cardinality="single" base-type="integer"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>`

export const orderingFormats: FormatsFor<typeof ordering> = {
  qti3: {
    item: (q, ctx) => ({
      text: qtiItem(
        q,
        {
          declarations:
            responseDeclaration('RESPONSE', 'ordered', 'identifier', correctResponse(qtiIds(q.correctOrder))) +
            q.correctOrder.map((_, k) => integerOutcome(`POS_${k + 1}`)).join('') +
            integerOutcome('RIGHT_PAIRS'),
          body: `${promptBlock(q)}<qti-order-interaction response-identifier="RESPONSE" shuffle="true">${q.items
            .map((i) => simpleChoice(qtiId(i.id), i.text))
            .join('')}</qti-order-interaction>`,
          processing: pairShareProcessing(q.correctOrder, q.points),
        },
        ctx,
      ),
      lost: [],
    }),
    responses: (_q, a) => ({ RESPONSE: a.order.length ? qtiIds(a.order) : null }),
  },
  // Classic Quizzes have no ordering question: each item is matched to its place instead.
  canvasQti: (q) => {
    const places = q.correctOrder.map((_, k) => ({ id: `place-${k + 1}`, text: `${ordinal(k + 1)}` }))
    const conditions = q.correctOrder.map((id, k) => setScore(varequal(`response_${id}`, places[k].id), 100 / q.items.length, 'Add'))
    return {
      text: canvasItem(q, {
        type: 'matching_question',
        html: canvasHtml(q),
        presentation: q.items
          .map(
            (item) =>
              `<response_lid ident="response_${esc(item.id)}"><material><mattext texttype="text/plain">${esc(item.text)}</mattext></material><render_choice>${places
                .map((p) => `<response_label ident="${p.id}"><material><mattext>${p.text}</mattext></material></response_label>`)
                .join('')}</render_choice></response_lid>`,
          )
          .join(''),
        conditions: conditions.join(''),
      }),
      lost: [
        'ordering: Canvas matches each item to its place (1st, 2nd, …) and credits each right place, not each pair in the right order',
      ],
    }
  },
  // Moodle's ordering question takes its items in the right order and shows them shuffled.
  moodleXml: (q) => ({
    text: moodleQuestion(q, {
      type: 'ordering',
      html: moodleHtml(q),
      inner: `<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype><selectcount>${q.items.length}</selectcount><gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype><showgrading>SHOW</showgrading><numberingstyle>none</numberingstyle>${q.correctOrder
        .map((id, k) => answer(String(k + 1), q.items.find((i) => i.id === id)!.text))
        .join('')}`,
    }),
    lost: [],
  }),
  gift: () => ({ leftOut: 'GIFT has no ordering question (Moodle XML carries it)' }),
  aiken: () => ({ leftOut: 'Aiken holds only questions with one right answer' }),
}
