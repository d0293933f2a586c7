import { expect, test } from '@playwright/test'
import { scoreInPlayer } from './support/qti-player'

// The QTI exporter's items must score in an independent player exactly as Lectern scores them. These
// tests prove the harness on hand-written QTI 3.0 items, one per construct the exporter writes, and
// pin down which response-processing operators the player (@citolab/qti-components) implements.
// Every case compares the player's SCORE for a right, a wrong and where it applies a partial answer.
// The tests need only the browser: the page is blank and the player comes from node_modules.

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'

function assessmentItem(identifier: string, content: string) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${QTI_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd"
  identifier="${identifier}" title="${identifier}" adaptive="false" time-dependent="false" xml:lang="en">
${content}
</qti-assessment-item>`
}

const SCORE_FLOAT = '<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>'

function setScore(value: string | number) {
  return `<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">${value}</qti-base-value></qti-set-outcome-value>`
}

const FOUR_CHOICES = `
  <qti-simple-choice identifier="A">Alpha</qti-simple-choice>
  <qti-simple-choice identifier="B">Bravo</qti-simple-choice>
  <qti-simple-choice identifier="C">Charlie</qti-simple-choice>
  <qti-simple-choice identifier="D">Delta</qti-simple-choice>`

test.describe('1. choice, single cardinality', () => {
  const declarations = `
<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
  <qti-correct-response><qti-value>B</qti-value></qti-correct-response>
</qti-response-declaration>
${SCORE_FLOAT}`
  const body = `
<qti-item-body>
  <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
    <qti-prompt>Which is second?</qti-prompt>${FOUR_CHOICES}
  </qti-choice-interaction>
</qti-item-body>`

  test('template match_correct gives 1 for the keyed choice and 0 for another or none', async ({ page }) => {
    const xml = assessmentItem(
      'choice-match-correct',
      `${declarations}${body}
<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>`,
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'B' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'C' })).score).toBe(0)
    expect((await scoreInPlayer(page, xml, { RESPONSE: null })).score).toBe(0)
  })

  test('custom processing sets SCORE to the question points when qti-match finds the correct response', async ({ page }) => {
    const xml = assessmentItem(
      'choice-points',
      `${declarations}${body}
<qti-response-processing>
  <qti-response-condition>
    <qti-response-if>
      <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
      ${setScore(2)}
    </qti-response-if>
    <qti-response-else>${setScore(0)}</qti-response-else>
  </qti-response-condition>
</qti-response-processing>`,
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'B' })).score).toBe(2)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'A' })).score).toBe(0)
  })

  test('a lowercase identifier does not match an uppercase key: identifiers compare case-sensitively', async ({ page }) => {
    const xml = assessmentItem(
      'choice-case',
      `${declarations}${body}
<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>`,
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'B' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'b' })).score).toBe(0)
  })
})

test.describe('2. choice, multiple cardinality, with a mapping', () => {
  // 6 points over three keyed choices: each right one +2, each wrong one -2, clamped to [0, 6].
  const xml = assessmentItem(
    'choice-multiple-mapping',
    `
<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
  <qti-correct-response><qti-value>A</qti-value><qti-value>B</qti-value><qti-value>C</qti-value></qti-correct-response>
  <qti-mapping default-value="-2" lower-bound="0" upper-bound="6">
    <qti-map-entry map-key="A" mapped-value="2"/>
    <qti-map-entry map-key="B" mapped-value="2"/>
    <qti-map-entry map-key="C" mapped-value="2"/>
  </qti-mapping>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-item-body>
  <qti-choice-interaction response-identifier="RESPONSE" max-choices="0">
    <qti-prompt>Pick every vowel-initial code word.</qti-prompt>${FOUR_CHOICES}
    <qti-simple-choice identifier="E">Echo</qti-simple-choice>
  </qti-choice-interaction>
</qti-item-body>
<qti-response-processing>
  <qti-set-outcome-value identifier="SCORE"><qti-map-response identifier="RESPONSE"/></qti-set-outcome-value>
</qti-response-processing>`,
  )

  test('qti-map-response sums the entries: all three right is the full 6 points', async ({ page }) => {
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['A', 'B', 'C'] })).score).toBe(6)
  })

  test('two right plus one wrong scores (2 - 1) / 3 of the points', async ({ page }) => {
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['A', 'B', 'D'] })).score).toBe(((2 - 1) / 3) * 6)
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['A', 'B', 'C', 'D'] })).score).toBe(4)
  })

  test('the lower bound keeps a mostly wrong answer at 0, and no answer scores 0', async ({ page }) => {
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['A', 'D', 'E'] })).score).toBe(0)
    expect((await scoreInPlayer(page, xml, { RESPONSE: null })).score).toBe(0)
  })

  test('a fractional mapped total comes back rounded to 3 decimals (the player formats numbers with toLocaleString)', async ({ page }) => {
    // 2 points over three keys: the exporter's own decimals survive only to 3 places in the player.
    const third = assessmentItem(
      'choice-multiple-thirds',
      `
<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
  <qti-mapping default-value="-0.6666666667" lower-bound="0" upper-bound="2">
    <qti-map-entry map-key="A" mapped-value="0.6666666667"/>
    <qti-map-entry map-key="B" mapped-value="0.6666666667"/>
    <qti-map-entry map-key="C" mapped-value="0.6666666667"/>
  </qti-mapping>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="0">${FOUR_CHOICES}</qti-choice-interaction></qti-item-body>
<qti-response-processing>
  <qti-set-outcome-value identifier="SCORE"><qti-map-response identifier="RESPONSE"/></qti-set-outcome-value>
</qti-response-processing>`,
    )
    const partial = await scoreInPlayer(page, third, { RESPONSE: ['A', 'B', 'D'] })
    expect(partial.outcomes.SCORE).toBe('0.667')
    expect(partial.score).toBeCloseTo(2 / 3, 3)
    expect((await scoreInPlayer(page, third, { RESPONSE: ['A', 'B', 'C'] })).score).toBe(2)
  })
})

test.describe('3. match interaction, directedPair multiple', () => {
  const xml = assessmentItem(
    'match-directed-pairs',
    `
<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair">
  <qti-correct-response><qti-value>S1 T1</qti-value><qti-value>S2 T2</qti-value><qti-value>S3 T3</qti-value></qti-correct-response>
  <qti-mapping default-value="0" lower-bound="0" upper-bound="3">
    <qti-map-entry map-key="S1 T1" mapped-value="1"/>
    <qti-map-entry map-key="S2 T2" mapped-value="1"/>
    <qti-map-entry map-key="S3 T3" mapped-value="1"/>
  </qti-mapping>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-item-body>
  <qti-match-interaction response-identifier="RESPONSE" max-associations="3">
    <qti-prompt>Match each author to a work.</qti-prompt>
    <qti-simple-match-set>
      <qti-simple-associable-choice identifier="S1" match-max="1">Source one</qti-simple-associable-choice>
      <qti-simple-associable-choice identifier="S2" match-max="1">Source two</qti-simple-associable-choice>
      <qti-simple-associable-choice identifier="S3" match-max="1">Source three</qti-simple-associable-choice>
    </qti-simple-match-set>
    <qti-simple-match-set>
      <qti-simple-associable-choice identifier="T1" match-max="1">Target one</qti-simple-associable-choice>
      <qti-simple-associable-choice identifier="T2" match-max="1">Target two</qti-simple-associable-choice>
      <qti-simple-associable-choice identifier="T3" match-max="1">Target three</qti-simple-associable-choice>
    </qti-simple-match-set>
  </qti-match-interaction>
</qti-item-body>
<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"/>`,
  )

  test('template map_response credits each keyed "source target" pair once', async ({ page }) => {
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['S1 T1', 'S2 T2', 'S3 T3'] })).score).toBe(3)
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['S1 T1', 'S2 T3', 'S3 T2'] })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['S1 T2', 'S2 T3', 'S3 T1'] })).score).toBe(0)
    expect((await scoreInPlayer(page, xml, { RESPONSE: null })).score).toBe(0)
  })

  test('player quirk: a directedPair is compared unordered, so "T1 S1" earns the "S1 T1" entry', async ({ page }) => {
    // By the spec a directedPair is ordered and this would score 0; Lectern must not rely on either,
    // since its match answers always name the source first.
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['T1 S1'] })).score).toBe(1)
  })
})

// Four items keyed A B C D. Six ordered pairs; the share in the right relative order times 3 points.
const ORDER_KEY = ['A', 'B', 'C', 'D']
const ORDER_POINTS = 3
const ORDER_CHOICES = ORDER_KEY.map((id) => `<qti-simple-choice identifier="${id}">Event ${id}</qti-simple-choice>`).join('\n    ')

/** Kendall-style share of pairs in key order, the rule Lectern scores ordering questions by. */
function expectedOrderScore(response: string[]) {
  let right = 0
  let pairs = 0
  for (let i = 0; i < ORDER_KEY.length; i++)
    for (let j = i + 1; j < ORDER_KEY.length; j++) {
      pairs++
      const a = response.indexOf(ORDER_KEY[i])
      const b = response.indexOf(ORDER_KEY[j])
      if (a >= 0 && b >= 0 && a < b) right++
    }
  return (right / pairs) * ORDER_POINTS
}

function orderItem(identifier: string, extraOutcomes: string, rules: string) {
  return assessmentItem(
    identifier,
    `
<qti-response-declaration identifier="RESPONSE" cardinality="ordered" base-type="identifier">
  <qti-correct-response>${ORDER_KEY.map((id) => `<qti-value>${id}</qti-value>`).join('')}</qti-correct-response>
</qti-response-declaration>
${SCORE_FLOAT}
${extraOutcomes}
<qti-item-body>
  <qti-order-interaction response-identifier="RESPONSE">
    <qti-prompt>Put the events in order.</qti-prompt>
    ${ORDER_CHOICES}
  </qti-order-interaction>
</qti-item-body>
<qti-response-processing>
${rules}
</qti-response-processing>`,
  )
}

// The pairwise rule in two passes. First each item's 1-based position: one condition per item, one
// branch per position, comparing qti-index to the item's identifier. Then, for each pair (x, y) with x
// before y in the key, one more right pair when x's position is known and below y's.
const positionDeclarations = ORDER_KEY.map(
  (id) =>
    `<qti-outcome-declaration identifier="POS_${id}" cardinality="single" base-type="integer"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>`,
).join('\n')
const pairsDeclaration =
  '<qti-outcome-declaration identifier="PAIRS" cardinality="single" base-type="integer"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>'
const positionRules = ORDER_KEY.map(
  (id) => `
  <qti-response-condition>
    ${ORDER_KEY.map(
      (_, i) => `<qti-response-${i === 0 ? 'if' : 'else-if'}>
      <qti-match><qti-index n="${i + 1}"><qti-variable identifier="RESPONSE"/></qti-index><qti-base-value base-type="identifier">${id}</qti-base-value></qti-match>
      <qti-set-outcome-value identifier="POS_${id}"><qti-base-value base-type="integer">${i + 1}</qti-base-value></qti-set-outcome-value>
    </qti-response-${i === 0 ? 'if' : 'else-if'}>`,
    ).join('\n    ')}
  </qti-response-condition>`,
).join('')
const pairRules = ORDER_KEY.flatMap((x, i) =>
  ORDER_KEY.slice(i + 1).map(
    (y) => `
  <qti-response-condition>
    <qti-response-if>
      <qti-and>
        <qti-gt><qti-variable identifier="POS_${x}"/><qti-base-value base-type="integer">0</qti-base-value></qti-gt>
        <qti-lt><qti-variable identifier="POS_${x}"/><qti-variable identifier="POS_${y}"/></qti-lt>
      </qti-and>
      <qti-set-outcome-value identifier="PAIRS"><qti-sum><qti-variable identifier="PAIRS"/><qti-base-value base-type="integer">1</qti-base-value></qti-sum></qti-set-outcome-value>
    </qti-response-if>
  </qti-response-condition>`,
  ),
).join('')
const pairCount = (ORDER_KEY.length * (ORDER_KEY.length - 1)) / 2
const orderScoreRule = `
  <qti-set-outcome-value identifier="SCORE">
    <qti-product>
      <qti-divide><qti-variable identifier="PAIRS"/><qti-base-value base-type="float">${pairCount}</qti-base-value></qti-divide>
      <qti-base-value base-type="float">${ORDER_POINTS}</qti-base-value>
    </qti-product>
  </qti-set-outcome-value>`

test.describe('4. order interaction, ordered cardinality', () => {
  const pairwise = orderItem('order-pairwise', `${positionDeclarations}\n${pairsDeclaration}`, positionRules + pairRules + orderScoreRule)

  test('the pairwise rule gives full points for the key order and 0 for its reverse', async ({ page }) => {
    expect((await scoreInPlayer(page, pairwise, { RESPONSE: ['A', 'B', 'C', 'D'] })).score).toBe(ORDER_POINTS)
    expect((await scoreInPlayer(page, pairwise, { RESPONSE: ['D', 'C', 'B', 'A'] })).score).toBe(0)
    expect((await scoreInPlayer(page, pairwise, { RESPONSE: null })).score).toBe(0)
  })

  test('the pairwise rule gives the share of pairs in key order times the points', async ({ page }) => {
    for (const response of [
      ['B', 'A', 'C', 'D'],
      ['A', 'C', 'B', 'D'],
      ['D', 'A', 'B', 'C'],
      ['B', 'D', 'A', 'C'],
    ]) {
      const result = await scoreInPlayer(page, pairwise, { RESPONSE: response })
      expect(result.score, response.join(' ')).toBeCloseTo(expectedOrderScore(response), 3)
      expect(result.messages, 'player errors').toEqual([])
    }
    // Positions and the pair count are readable outcomes too, which makes a wrong score explainable.
    const shown = await scoreInPlayer(page, pairwise, { RESPONSE: ['B', 'A', 'C', 'D'] })
    expect(shown.outcomes).toMatchObject({ POS_A: '2', POS_B: '1', POS_C: '3', POS_D: '4', PAIRS: '5' })
  })

  test('an item missing from a partial answer counts in no pair', async ({ page }) => {
    const result = await scoreInPlayer(page, pairwise, { RESPONSE: ['A', 'B', 'C'] })
    expect(result.score).toBeCloseTo(expectedOrderScore(['A', 'B', 'C']), 3)
    expect(result.score).toBeCloseTo(1.5, 3)
  })

  test('the pairwise rule also works with no helper outcomes: per pair, an or over position pairs', async ({ page }) => {
    // x before y iff for some positions i < j, RESPONSE[i] = x and RESPONSE[j] = y; each pair adds
    // points / pairs to SCORE directly. O(n^4) elements, but no extra outcome declarations.
    const step = ORDER_POINTS / pairCount
    const positions = ORDER_KEY.map((_, i) => i + 1)
    const rules = ORDER_KEY.flatMap((x, xi) =>
      ORDER_KEY.slice(xi + 1).map(
        (y) => `
  <qti-response-condition>
    <qti-response-if>
      <qti-or>${positions
        .flatMap((i) =>
          positions
            .filter((j) => j > i)
            .map(
              (j) => `
        <qti-and>
          <qti-match><qti-index n="${i}"><qti-variable identifier="RESPONSE"/></qti-index><qti-base-value base-type="identifier">${x}</qti-base-value></qti-match>
          <qti-match><qti-index n="${j}"><qti-variable identifier="RESPONSE"/></qti-index><qti-base-value base-type="identifier">${y}</qti-base-value></qti-match>
        </qti-and>`,
            ),
        )
        .join('')}
      </qti-or>
      <qti-set-outcome-value identifier="SCORE"><qti-sum><qti-variable identifier="SCORE"/><qti-base-value base-type="float">${step}</qti-base-value></qti-sum></qti-set-outcome-value>
    </qti-response-if>
  </qti-response-condition>`,
      ),
    ).join('')
    const direct = orderItem('order-pairwise-direct', '', rules)
    for (const response of [ORDER_KEY, ['D', 'C', 'B', 'A'], ['B', 'A', 'C', 'D'], ['D', 'A', 'B', 'C']]) {
      expect((await scoreInPlayer(page, direct, { RESPONSE: response })).score, response.join(' ')).toBeCloseTo(
        expectedOrderScore(response),
        3,
      )
    }
  })

  test('match_correct on an ordered response needs every item in place', async ({ page }) => {
    const xml = orderItem('order-exact', '', '').replace(
      '<qti-response-processing>\n\n</qti-response-processing>',
      '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>',
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['A', 'B', 'C', 'D'] })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['A', 'B', 'D', 'C'] })).score).toBe(0)
  })

  test('operators on an ordered response: qti-index (literal and variable n), qti-container-size, qti-lt, qti-gt, qti-round-to', async ({
    page,
  }) => {
    const outcome = (id: string, baseType: string, init = '') =>
      `<qti-outcome-declaration identifier="${id}" cardinality="single" base-type="${baseType}">${init ? `<qti-default-value><qti-value>${init}</qti-value></qti-default-value>` : ''}</qti-outcome-declaration>`
    const set = (id: string, expression: string) => `<qti-set-outcome-value identifier="${id}">${expression}</qti-set-outcome-value>`
    const v = (id: string) => `<qti-variable identifier="${id}"/>`
    const xml = orderItem(
      'order-operators',
      [
        outcome('N', 'integer', '3'),
        outcome('FIRST', 'identifier'),
        outcome('NTH', 'identifier'),
        outcome('SIZE', 'integer'),
        outcome('LT', 'boolean'),
        outcome('GT', 'boolean'),
        outcome('ROUNDED', 'float'),
        outcome('MATCH_LITERAL_FIRST', 'boolean'),
        outcome('MEMBER', 'boolean'),
      ].join('\n'),
      [
        set('FIRST', `<qti-index n="1">${v('RESPONSE')}</qti-index>`),
        set('NTH', `<qti-index n="N">${v('RESPONSE')}</qti-index>`),
        set('SIZE', `<qti-container-size>${v('RESPONSE')}</qti-container-size>`),
        set('LT', `<qti-lt>${v('SIZE')}<qti-base-value base-type="integer">5</qti-base-value></qti-lt>`),
        set('GT', `<qti-gt>${v('SIZE')}<qti-base-value base-type="integer">5</qti-base-value></qti-gt>`),
        set(
          'ROUNDED',
          `<qti-round-to rounding-mode="decimalPlaces" figures="2"><qti-divide><qti-base-value base-type="float">2</qti-base-value><qti-base-value base-type="float">3</qti-base-value></qti-divide></qti-round-to>`,
        ),
        // The literal first: qti-match compares by the second argument's base-type, and qti-index
        // reports itself as an integer, so "C" = RESPONSE[1] fails to parse as integers.
        set(
          'MATCH_LITERAL_FIRST',
          `<qti-match><qti-base-value base-type="identifier">C</qti-base-value><qti-index n="1">${v('RESPONSE')}</qti-index></qti-match>`,
        ),
        set('MEMBER', `<qti-member><qti-base-value base-type="identifier">B</qti-base-value>${v('RESPONSE')}</qti-member>`),
      ].join('\n'),
    )
    const forward = await scoreInPlayer(page, xml, { RESPONSE: ['C', 'A', 'D', 'B'] })
    expect(forward.outcomes).toMatchObject({
      FIRST: 'C',
      NTH: 'D',
      SIZE: '4',
      LT: 'true',
      GT: 'false',
      ROUNDED: '0.67',
      MATCH_LITERAL_FIRST: 'false',
      MEMBER: 'true',
    })
    const shorter = await scoreInPlayer(page, xml, { RESPONSE: ['B', 'C'] })
    expect(shorter.outcomes).toMatchObject({ FIRST: 'B', SIZE: '2' })
    // n beyond the container is NULL, as the spec says.
    expect(shorter.outcomes.NTH).toBeNull()
  })
})

test.describe('5. hottext interaction, multiple cardinality', () => {
  const xml = assessmentItem(
    'hottext-mapping',
    `
<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
  <qti-correct-response><qti-value>H1</qti-value><qti-value>H3</qti-value><qti-value>H4</qti-value></qti-correct-response>
  <qti-mapping default-value="-1" lower-bound="0" upper-bound="3">
    <qti-map-entry map-key="H1" mapped-value="1"/>
    <qti-map-entry map-key="H3" mapped-value="1"/>
    <qti-map-entry map-key="H4" mapped-value="1"/>
  </qti-mapping>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-item-body>
  <qti-hottext-interaction response-identifier="RESPONSE" max-choices="0">
    <qti-prompt>Select the three verbs.</qti-prompt>
    <p>The delegates <qti-hottext identifier="H1">met</qti-hottext> in the <qti-hottext identifier="H2">hall</qti-hottext>,
      <qti-hottext identifier="H3">argued</qti-hottext> and <qti-hottext identifier="H4">signed</qti-hottext> the
      <qti-hottext identifier="H5">treaty</qti-hottext>.</p>
  </qti-hottext-interaction>
</qti-item-body>
<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"/>`,
  )

  test('map_response gives full, partial (2 right - 1 wrong) and floor-0 scores for selected hottexts', async ({ page }) => {
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['H1', 'H3', 'H4'] })).score).toBe(3)
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['H1', 'H3', 'H5'] })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: ['H2', 'H5'] })).score).toBe(0)
    expect((await scoreInPlayer(page, xml, { RESPONSE: [] })).score).toBe(0)
  })
})

test.describe('6. two interactions in one item', () => {
  const declarations = `
<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
  <qti-correct-response><qti-value>A</qti-value></qti-correct-response>
</qti-response-declaration>
<qti-response-declaration identifier="BECAUSE" cardinality="single" base-type="identifier">
  <qti-correct-response><qti-value>Y</qti-value></qti-correct-response>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-item-body>
  <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
    <qti-prompt>Claim</qti-prompt>
    <qti-simple-choice identifier="A">Yes</qti-simple-choice>
    <qti-simple-choice identifier="B">No</qti-simple-choice>
  </qti-choice-interaction>
  <qti-choice-interaction response-identifier="BECAUSE" max-choices="1">
    <qti-prompt>Because</qti-prompt>
    <qti-simple-choice identifier="X">Reason X</qti-simple-choice>
    <qti-simple-choice identifier="Y">Reason Y</qti-simple-choice>
    <qti-simple-choice identifier="Z">Reason Z</qti-simple-choice>
  </qti-choice-interaction>
</qti-item-body>`
  const matches = (id: string) => `<qti-match><qti-variable identifier="${id}"/><qti-correct identifier="${id}"/></qti-match>`

  test('nested conditions: both right is the points, claim right with reason wrong is half, claim wrong is 0', async ({ page }) => {
    const xml = assessmentItem(
      'claim-because-nested',
      `${declarations}
<qti-response-processing>
  <qti-response-condition>
    <qti-response-if>
      ${matches('RESPONSE')}
      <qti-response-condition>
        <qti-response-if>
          ${matches('BECAUSE')}
          ${setScore(2)}
        </qti-response-if>
        <qti-response-else>${setScore(1)}</qti-response-else>
      </qti-response-condition>
    </qti-response-if>
    <qti-response-else>${setScore(0)}</qti-response-else>
  </qti-response-condition>
</qti-response-processing>`,
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'A', BECAUSE: 'Y' })).score).toBe(2)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'A', BECAUSE: 'Z' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'A', BECAUSE: null })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'B', BECAUSE: 'Y' })).score).toBe(0)
    expect((await scoreInPlayer(page, xml, { RESPONSE: null, BECAUSE: null })).score).toBe(0)
  })

  test('the same rule flat: qti-and in the if, the claim alone in an else-if', async ({ page }) => {
    const xml = assessmentItem(
      'claim-because-flat',
      `${declarations}
<qti-response-processing>
  <qti-response-condition>
    <qti-response-if>
      <qti-and>${matches('RESPONSE')}${matches('BECAUSE')}</qti-and>
      ${setScore(2)}
    </qti-response-if>
    <qti-response-else-if>
      ${matches('RESPONSE')}
      ${setScore(1)}
    </qti-response-else-if>
    <qti-response-else>${setScore(0)}</qti-response-else>
  </qti-response-condition>
</qti-response-processing>`,
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'A', BECAUSE: 'Y' })).score).toBe(2)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'A', BECAUSE: 'X' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'B', BECAUSE: 'Y' })).score).toBe(0)
  })
})

test.describe('7. extended text, human-scored', () => {
  const xml = assessmentItem(
    'essay-human',
    `
<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>
<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float" external-scored="human"/>
<qti-item-body>
  <qti-extended-text-interaction response-identifier="RESPONSE" expected-lines="10">
    <qti-prompt>Explain the decision.</qti-prompt>
  </qti-extended-text-interaction>
</qti-item-body>
<qti-response-processing>
  <qti-response-condition>
    <qti-response-if>
      <qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null>
      ${setScore(0)}
    </qti-response-if>
  </qti-response-condition>
</qti-response-processing>`,
  )

  test('an empty or missing essay scores 0; a written one is left for a human', async ({ page }) => {
    const missing = await scoreInPlayer(page, xml, { RESPONSE: null })
    expect(missing.score).toBe(0)
    expect(missing.externalScored).toBe('human')
    expect((await scoreInPlayer(page, xml, { RESPONSE: '' })).score).toBe(0)
    // The player resets outcomes before processing and gives a numeric outcome with no default "0",
    // so an unscored essay reads 0 too: external-scored, not SCORE, is what says a human must score it.
    const written = await scoreInPlayer(page, xml, { RESPONSE: 'Because the treaty was signed.' })
    expect(written.outcomes.SCORE).toBe('0')
    expect(written.externalScored).toBe('human')
  })

  test('a declared default value is what an unscored essay reads, and an empty one still gets the explicit 0', async ({ page }) => {
    // Telling "not scored yet" from "scored 0" in the player needs a default the rules never set.
    const withDefault = xml.replace(
      'external-scored="human"/>',
      'external-scored="human"><qti-default-value><qti-value>-1</qti-value></qti-default-value></qti-outcome-declaration>',
    )
    expect((await scoreInPlayer(page, withDefault, { RESPONSE: 'An answer.' })).score).toBe(-1)
    expect((await scoreInPlayer(page, withDefault, { RESPONSE: null })).score).toBe(0)
  })
})

test.describe('8. text entry', () => {
  const item = (rule: string) =>
    assessmentItem(
      'text-entry',
      `
<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">
  <qti-correct-response><qti-value>Versailles</qti-value></qti-correct-response>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-item-body>
  <p>The treaty was signed at <qti-text-entry-interaction response-identifier="RESPONSE" expected-length="20"/>.</p>
</qti-item-body>
<qti-response-processing>
  <qti-response-condition>
    <qti-response-if>
      ${rule}
      ${setScore(1)}
    </qti-response-if>
    <qti-response-else>${setScore(0)}</qti-response-else>
  </qti-response-condition>
</qti-response-processing>`,
    )

  test('qti-substring case-sensitive="false" credits an answer containing the word in any case', async ({ page }) => {
    // The first argument is the needle, the second the haystack, as in the spec.
    const xml = item(
      '<qti-substring case-sensitive="false"><qti-base-value base-type="string">versailles</qti-base-value><qti-variable identifier="RESPONSE"/></qti-substring>',
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'the Palace of VERSAILLES' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'Versailles' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'Paris' })).score).toBe(0)
    expect((await scoreInPlayer(page, xml, { RESPONSE: null })).score).toBe(0)
  })

  test('qti-substring is case-sensitive by default', async ({ page }) => {
    const xml = item(
      '<qti-substring><qti-base-value base-type="string">Versailles</qti-base-value><qti-variable identifier="RESPONSE"/></qti-substring>',
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'at Versailles' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'at versailles' })).score).toBe(0)
  })

  test('qti-string-match case-sensitive="false" credits the whole answer in any case, not a longer one', async ({ page }) => {
    const xml = item(
      '<qti-string-match case-sensitive="false"><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-string-match>',
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'versailles' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'at Versailles' })).score).toBe(0)
  })

  test('map_response on a string compares case-insensitively when the entry says case-sensitive="false"', async ({ page }) => {
    const xml = assessmentItem(
      'text-entry-map',
      `
<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">
  <qti-mapping default-value="0">
    <qti-map-entry map-key="Versailles" mapped-value="2" case-sensitive="false"/>
    <qti-map-entry map-key="Paris" mapped-value="0.5" case-sensitive="true"/>
  </qti-mapping>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-item-body><p><qti-text-entry-interaction response-identifier="RESPONSE"/></p></qti-item-body>
<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"/>`,
    )
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'VERSAILLES' })).score).toBe(2)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'Paris' })).score).toBe(0.5)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'paris' })).score).toBe(0)
  })

  test('player limitation: qti-contains works only on directedPair, so a string container never contains its value', async ({ page }) => {
    const xml = item(
      '<qti-contains><qti-multiple><qti-variable identifier="RESPONSE"/></qti-multiple><qti-multiple><qti-base-value base-type="string">Versailles</qti-base-value></qti-multiple></qti-contains>',
    )
    const result = await scoreInPlayer(page, xml, { RESPONSE: 'Versailles' })
    expect(result.score).toBe(0)
    expect(result.messages.join('\n')).toContain('only baseType: directedPair')
  })
})

test.describe('stimulus references', () => {
  const xml = assessmentItem(
    'with-stimulus',
    `
<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
  <qti-correct-response><qti-value>A</qti-value></qti-correct-response>
</qti-response-declaration>
${SCORE_FLOAT}
<qti-assessment-stimulus-ref identifier="source-doc" href="../stimuli/source-doc.xml" title="The source"/>
<qti-item-body>
  <div data-stimulus-idref="source-doc"></div>
  <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
    <qti-simple-choice identifier="A">Yes</qti-simple-choice>
    <qti-simple-choice identifier="B">No</qti-simple-choice>
  </qti-choice-interaction>
</qti-item-body>
<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>`,
  )
  const stimulus = `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-stimulus xmlns="${QTI_NS}" identifier="source-doc" title="The source" xml:lang="en">
  <qti-stimulus-body><p>The memorandum of 12 March.</p></qti-stimulus-body>
</qti-assessment-stimulus>`

  test('an item referencing a stimulus scores without the player trying to fetch it', async ({ page }) => {
    // Left alone, the player would fetch the href from the blank page and fail with an unhandled
    // "Failed to load XML" rejection; the harness cancels the stimulus ref's event instead.
    const requests: string[] = []
    const pageErrors: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('pageerror', (error) => pageErrors.push(error.message))
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'A' })).score).toBe(1)
    expect((await scoreInPlayer(page, xml, { RESPONSE: 'B' })).score).toBe(0)
    expect(requests.filter((url) => url.includes('source-doc'))).toEqual([])
    expect(pageErrors).toEqual([])
  })

  test('a stimulus given by href is placed into its data-stimulus-idref target', async ({ page }) => {
    const result = await scoreInPlayer(page, xml, { RESPONSE: 'A' }, { stimulusXml: { '../stimuli/source-doc.xml': stimulus } })
    expect(result.score).toBe(1)
    await expect(page.locator('[data-stimulus-idref="source-doc"]')).toContainText('The memorandum of 12 March.')
  })
})

test('the harness refuses a response identifier the item does not declare', async ({ page }) => {
  const xml = assessmentItem(
    'typo',
    `
<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"/>
${SCORE_FLOAT}
<qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1">${FOUR_CHOICES}</qti-choice-interaction></qti-item-body>`,
  )
  await expect(scoreInPlayer(page, xml, { RESPONSES: 'A' })).rejects.toThrow(/declares no response RESPONSES/)
})
