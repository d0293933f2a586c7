import path from 'node:path'
import type { Page } from '@playwright/test'

// Scores QTI 3.0 items in an independent player, Cito's @citolab/qti-components (GPL-3.0, a
// devDependency used only here), so tests can check that what Lectern exports scores in someone
// else's implementation the way it scores in Lectern. The player's plain-script bundle defines Lit
// web components for every qti-* element and a global `QtiComponents` with its transformer.
const PLAYER_BUNDLE = path.join(process.cwd(), 'node_modules', '@citolab', 'qti-components', 'cdn', 'index.global.js')

/** One response per response identifier: a string for single cardinality, an array for multiple/ordered
 *  (a pair is one string, "SOURCE TARGET"), null for no answer. */
export type PlayerResponses = Record<string, string | string[] | null>

export type PlayerResult = {
  /** The SCORE outcome as a number; null when the item has no SCORE or the player left it null. */
  score: number | null
  /** Every outcome variable as the player holds it: numbers come back as strings, e.g. "0.5". */
  outcomes: Record<string, unknown>
  /** SCORE's external-scored attribute as the player read it ('human', 'externalMachine'), else null. */
  externalScored: string | null
  /** The player's own console errors and warnings while scoring: it reports unsupported operators
   *  there (e.g. "unexpected baseType or cardinality in qti lt") rather than throwing. */
  messages: string[]
}

export type PlayerOptions = {
  /** Shared stimulus files by the href (or identifier) an item's qti-assessment-stimulus-ref names. */
  stimulusXml?: Record<string, string>
}

/**
 * Loads one qti-assessment-item into the player on a blank page, sets the given responses, runs the
 * item's response processing and reads its outcomes back. Everything happens offline: the bundle
 * comes from node_modules and the player is never handed a URL to fetch.
 */
export async function scoreInPlayer(
  page: Page,
  itemXml: string,
  responses: PlayerResponses,
  opts: PlayerOptions = {},
): Promise<PlayerResult> {
  const messages: string[] = []
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`)
  }
  page.on('console', onConsole)
  try {
    // A fresh document per item: the player keeps its state on the elements, so nothing carries over.
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>QTI player</title></head><body></body></html>')
    // document.open (setContent) keeps the window, and with it the custom element registry: loading the
    // bundle twice would throw "already been defined".
    if (!(await page.evaluate(() => 'QtiComponents' in window))) await page.addScriptTag({ path: PLAYER_BUNDLE })
    const result = await page.evaluate(runInPlayer, { itemXml, responses, stimulusXml: opts.stimulusXml ?? {} })
    return { ...result, messages }
  } finally {
    page.off('console', onConsole)
  }
}

type PlayerItem = HTMLElement & {
  updateComplete: Promise<boolean>
  variables: { identifier: string; value: unknown; type: string; externalScored?: string | null }[]
  updateResponseVariable(identifier: string, value: string | string[] | null): void
  processResponse(countNumAttempts?: boolean, reportValidityAfterScoring?: boolean): boolean
}

// Runs inside the page, so it may use only what it is given and the bundle's globals.
async function runInPlayer(args: {
  itemXml: string
  responses: PlayerResponses
  stimulusXml: Record<string, string>
}): Promise<Omit<PlayerResult, 'messages'>> {
  type Transformer = { parse(xml: string): Transformer; xmlDoc(): XMLDocument; htmlDoc(): DocumentFragment }
  const { qtiTransformItem } = (window as unknown as { QtiComponents: { qtiTransformItem: () => Transformer } }).QtiComponents

  const parsed = qtiTransformItem().parse(args.itemXml)
  const parseError = parsed.xmlDoc().querySelector('parsererror')
  if (parseError) throw new Error(`item XML does not parse: ${parseError.textContent}`)

  // qti-assessment-stimulus-ref fetches its href when the item has a [data-stimulus-idref] target,
  // unless the event it raises first is cancelled. Cancel it always (the blank page has no server to
  // fetch from) and place any stimulus we were given ourselves; scoring never reads it. Look it up by
  // the href as written: htmlDoc() prefixes relative hrefs with "/".
  const hrefs = new Map(
    [...parsed.xmlDoc().getElementsByTagNameNS('*', 'qti-assessment-stimulus-ref')].map((ref) => [
      ref.getAttribute('identifier') ?? '',
      ref.getAttribute('href') ?? '',
    ]),
  )
  const onStimulusRef = (event: Event) => {
    event.preventDefault()
    const ref = (event as Event & { element: HTMLElement & { identifier: string } }).element
    const stimulus = args.stimulusXml[hrefs.get(ref.identifier) ?? ''] ?? args.stimulusXml[ref.identifier]
    if (!stimulus) return
    const item = ref.closest('qti-assessment-item')
    const target = item?.querySelector(`[data-stimulus-idref="${ref.identifier}"]`) ?? item?.appendChild(document.createElement('div'))
    target?.replaceChildren(...qtiTransformItem().parse(stimulus).htmlDoc().querySelectorAll('qti-stimulus-body'))
  }
  document.addEventListener('qti-assessment-stimulus-ref-connected', onStimulusRef)

  // htmlDoc() is the player's own XML-to-DOM step (namespaces stripped, elements created in the HTML
  // document so the custom elements upgrade); item-container does the same inside a shadow root.
  document.body.append(parsed.htmlDoc())
  const item = document.querySelector('qti-assessment-item') as PlayerItem | null
  if (!item) throw new Error('no qti-assessment-item in the XML')

  // Declarations register their variables on connect, but qti-response-processing swaps a template
  // attribute for its rules in firstUpdated, and the new rules then render in turn: wait for the
  // elements scoring reads, twice over, then a task. Not for every element: some body elements
  // (qti-prompt) skip Lit's connectedCallback, so their updateComplete never settles.
  const scoringElements = [
    'qti-response-declaration',
    'qti-outcome-declaration',
    'qti-template-declaration',
    'qti-response-processing',
    'qti-response-processing *',
    // Its event goes out right after its first update, and must find the listener above still there.
    'qti-assessment-stimulus-ref',
  ].join(', ')
  for (let round = 0; round < 2; round++) {
    for (const el of [item, ...item.querySelectorAll(scoringElements)]) {
      const updated = (el as Partial<PlayerItem>).updateComplete
      if (!updated) continue
      const settled = await Promise.race([
        updated.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000)),
      ])
      if (!settled) throw new Error(`the player never finished rendering <${el.localName}>`)
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 0))

  const declared = new Set(item.variables.filter((v) => v.type === 'response').map((v) => v.identifier))
  for (const [identifier, value] of Object.entries(args.responses)) {
    // The player ignores an unknown identifier silently; a typo must fail the test instead.
    if (!declared.has(identifier)) throw new Error(`the item declares no response ${identifier} (it has ${[...declared].join(', ')})`)
    item.updateResponseVariable(identifier, value)
  }
  item.processResponse(true, false)
  document.removeEventListener('qti-assessment-stimulus-ref-connected', onStimulusRef)

  const outcomeVariables = item.variables.filter((v) => v.type === 'outcome')
  const outcomes = Object.fromEntries(outcomeVariables.map((v) => [v.identifier, v.value]))
  const raw = outcomes.SCORE
  const score = raw === null || raw === undefined || raw === '' ? null : Number(raw)
  const externalScored = outcomeVariables.find((v) => v.identifier === 'SCORE')?.externalScored ?? null
  return { score, outcomes, externalScored }
}
